// SPDX-License-Identifier: GPL-3.0-or-later
// wrk text output (`wrk -t -c -d [--latency] URL`): summaries only, one run per file (docs/import.md).
// The lines wrk2 prints alike (and the units) are read by wrkformat.cpp.
#include "importedrun.h"
#include "wrk.h"
#include "wrkformat.h"

#include <QFile>
#include <QRegularExpression>

namespace rb {
namespace {

class WrkText final : public Importer
{
public:
    QString name() const override
    {
        return QStringLiteral("wrk-text");
    }
    int sniff(const QString&, const QByteArray& head) const override
    {
        if (!wrkformat::hasRunningLine(head)) {
            return 0;
        }
        return head.contains("Thread Stats") || head.contains("Requests/sec:") ? 95 : 80;
    }
    std::optional<ResultSet> import(const QString& path, ImportError* error) const override;
};

std::optional<ResultSet> WrkText::import(const QString& path, ImportError* error) const
{
    QFile f(path);
    if (!importing::openForReading(f, error)) {
        return std::nullopt;
    }
    QList<QByteArray> raw = f.readAll().split('\n');
    if (!raw.isEmpty() && raw.last().isEmpty()) {
        raw.removeLast();
    }

    static const QRegularExpression pctRe(QStringLiteral("^\\s*(50|75|90|99)%\\s+(\\S+)$"));
    wrkformat::Summary s;
    for (qsizetype i = 0; i < raw.size() && !s.badLine; ++i) {
        const int line = int(i) + 1;
        const QString full = QString::fromUtf8(raw[i]);
        const QString text = full.trimmed();
        if (s.read(line, full) || text.startsWith(QLatin1String("Latency Distribution"))) {
            continue;
        }
        if (text.endsWith(QLatin1Char('%')) || (text.contains(QLatin1Char('%')) && text.front().isDigit())) {
            const auto m = pctRe.match(full);
            if (!m.hasMatch()) {
                s.fail(line, QStringLiteral("Latency Distribution"),
                    QStringLiteral("found \"%1\", expected \"50|75|90|99% TIME\"").arg(text.left(80)));
                break;
            }
            s.addTime(line, QString(m.captured(1) + QStringLiteral("%")), m.captured(2),
                QString(QStringLiteral("latency_ms_p") + m.captured(1)));
        }
        // Anything else (a Lua script's output) is not wrk's and is left alone.
    }
    if (!s.finish(path, int(raw.size()), error)) {
        return std::nullopt;
    }
    ResultSet set = importing::makeSet(path, name(), QStringLiteral("wrk"), {});
    RunRecord r = importing::makeRun(QStringLiteral("wrk"), name(), s.url, s.params, 1);
    r.measurements = s.measurements;
    importing::addRun(set, r, s.runLine);
    return set;
}

} // namespace

std::unique_ptr<Importer> makeWrkTextImporter()
{
    return std::make_unique<WrkText>();
}

} // namespace rb
