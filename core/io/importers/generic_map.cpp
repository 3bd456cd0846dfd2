// SPDX-License-Identifier: GPL-3.0-or-later
// The --map grammar of the generic importers and the row → run rules they share (docs/import.md).
#include "generic.h"
#include "importedrun.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cmath>

namespace rb {

QList<QPair<QString, QString>> ColumnMap::columns() const
{
    QList<QPair<QString, QString>> out { { QStringLiteral("value"), value } };
    for (const auto& [role, col] : { qMakePair(QStringLiteral("group"), group),
             qMakePair(QStringLiteral("runtime"), runtime), qMakePair(QStringLiteral("workload"), workload) }) {
        if (!col.isEmpty()) {
            out << qMakePair(role, col);
        }
    }
    for (const auto& [name, col] : factors) {
        out << qMakePair(QString(QStringLiteral("factor:") + name), col);
    }
    return out;
}

std::optional<ColumnMap> parseColumnMap(const QString& text, QString* why)
{
    static const QRegularExpression factorName(QStringLiteral("^factor:([A-Za-z_][A-Za-z0-9_]*)$"));
    const QString expected = QStringLiteral(
        "expected value=COL[,group=COL][,runtime=COL][,workload=COL][,factor:NAME=COL…][,unit=U][,metric=NAME]"
        "[,rows=PATH]");
    ColumnMap map;
    for (const QString& item : text.split(QLatin1Char(','))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq).trimmed();
        const QString val = item.mid(eq + 1).trimmed();
        QString* slot = key == QLatin1String("value") ? &map.value
            : key == QLatin1String("group")           ? &map.group
            : key == QLatin1String("runtime")         ? &map.runtime
            : key == QLatin1String("workload")        ? &map.workload
            : key == QLatin1String("unit")            ? &map.unit
            : key == QLatin1String("metric")          ? &map.metric
            : key == QLatin1String("rows")            ? &map.rows
                                                      : nullptr;
        const auto factor = factorName.match(key);
        if (eq < 0 || val.isEmpty() || (!slot && !factor.hasMatch()) || (slot && !slot->isEmpty())) {
            *why = QStringLiteral("--map: \"%1\": %2").arg(item.left(60), expected);
            if (slot && !slot->isEmpty()) {
                *why = QStringLiteral("--map: \"%1\" given twice").arg(key);
            }
            return std::nullopt;
        }
        if (slot) {
            *slot = val;
        } else {
            map.factors << qMakePair(factor.captured(1), val);
        }
    }
    if (map.value.isEmpty()) {
        *why = QStringLiteral("--map: no value=COL; ") + expected;
        return std::nullopt;
    }
    if (map.metric.isEmpty() && importing::msPerUnit(map.unit) == 0 && map.unit != QLatin1String("ns")) {
        *why = QStringLiteral("--map: metric=NAME is needed unless unit is a time (s, ms, us, µs, ns)");
        return std::nullopt;
    }
    return map;
}

std::unique_ptr<Importer> makeGenericCsvImporter(const ColumnMap& map);
std::unique_ptr<Importer> makeGenericJsonImporter(const ColumnMap& map);

std::unique_ptr<Importer> makeGenericImporter(const QString& format, const ColumnMap& map)
{
    if (format == QLatin1String("generic-csv")) {
        return makeGenericCsvImporter(map);
    }
    if (format == QLatin1String("generic-json")) {
        return makeGenericJsonImporter(map);
    }
    return nullptr;
}

namespace importing {

GenericRows::GenericRows(const QString& path, const QString& format, const ColumnMap& map)
    : m_path(path)
    , m_format(format)
    , m_map(map)
    , m_set(makeSet(path, format, QStringLiteral("generic"), {}))
{
    const double ms = map.unit == QLatin1String("ns") ? 1e-6 : msPerUnit(map.unit);
    m_scale = ms > 0 ? ms : 1;
    m_metric = !map.metric.isEmpty() ? map.metric : QStringLiteral("wall_ms");
}

bool GenericRows::add(const QHash<QString, QString>& cells, int line, const QString& where, ImportError* error)
{
    bool ok = false;
    const QString text = cells.value(QStringLiteral("value")).trimmed();
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *error = { m_path, line, where.isEmpty() ? m_map.value : QString(where + QLatin1Char('.') + m_map.value),
            QStringLiteral("found \"%1\", expected a number").arg(text.left(40)) };
        return false;
    }
    QJsonObject params;
    if (!m_map.group.isEmpty()) {
        params.insert(QStringLiteral("group"), factorValue(cells.value(QStringLiteral("group"))));
    }
    for (const auto& [name, col] : m_map.factors) {
        params.insert(name, factorValue(cells.value(QString(QStringLiteral("factor:") + name))));
    }
    const QString runtime =
        m_map.runtime.isEmpty() ? QStringLiteral("generic") : cells.value(QStringLiteral("runtime"));
    const QString workload =
        m_map.workload.isEmpty() ? QFileInfo(m_path).completeBaseName() : cells.value(QStringLiteral("workload"));
    RunRecord probe = makeRun(runtime, m_format, workload, params, 1);
    const QString config = probe.spec.runId.chopped(3); // without "/r1"
    const int repetition = ++m_repetitions[config];
    RunRecord r = makeRun(runtime, m_format, workload, params, repetition);
    const bool time = m_scale != 1 || m_map.unit == QLatin1String("ms");
    r.measurements << Measurement { m_metric, v * m_scale, time ? QStringLiteral("ms") : m_map.unit };
    addRun(m_set, r, line);
    return true;
}

std::optional<ResultSet> GenericRows::finish(int lastLine, ImportError* error)
{
    if (m_set.runs.isEmpty()) {
        *error = { m_path, lastLine, {}, QStringLiteral("no rows") };
        return std::nullopt;
    }
    return m_set;
}

} // namespace importing
} // namespace rb
