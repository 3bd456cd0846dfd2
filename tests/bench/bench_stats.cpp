// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the full stats report of two groups of N values each (default 1,000,000).
// Usage: bench_stats [N] [--folder DIR]   (--folder writes 90 files of 100 values for the CLI timing)
#include "io/statsreport.h"
#include "stats/report.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <random>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() >= 3 && args[1] == QLatin1String("--folder")) {
        std::mt19937_64 rng(1);
        for (int rt = 0; rt < 9; ++rt) {
            for (int w = 0; w < 10; ++w) {
                const QString dir = QStringLiteral("%1/rt%2/aot").arg(args[2]).arg(rt);
                QDir().mkpath(dir);
                QFile f(QStringLiteral("%1/%2-workload.txt").arg(dir).arg(w, 2, 10, QLatin1Char('0')));
                if (!f.open(QIODevice::WriteOnly)) {
                    return 2;
                }
                std::lognormal_distribution<double> d(3 + 0.05 * rt + 0.1 * w, 0.2);
                QTextStream ts(&f);
                for (int i = 0; i < 100; ++i) {
                    ts << QString::number(d(rng), 'f', 3) << '\n';
                }
            }
        }
        out << "wrote 90 files of 100 values under " << args[2] << '\n';
        return 0;
    }
    const std::size_t n = args.size() >= 2 ? args[1].toULongLong() : 1000000;
    std::mt19937_64 rng(42);
    std::lognormal_distribution<double> da(3.0, 0.3);
    std::lognormal_distribution<double> db(3.01, 0.35);
    std::vector<rb::stats::NamedSample> samples { { QStringLiteral("a"), {} }, { QStringLiteral("b"), {} } };
    for (std::size_t i = 0; i < n; ++i) {
        samples[0].values.push_back(da(rng));
        samples[1].values.push_back(db(rng));
    }
    QElapsedTimer t;
    t.start();
    const rb::stats::Report rep = rb::stats::buildReport(samples);
    const qint64 reportMs = t.elapsed();
    const QByteArray json = QJsonDocument(rb::statsReportJson(rep)).toJson(QJsonDocument::Compact);
    out << "2 groups x " << n << " values: full report (summaries, CIs, MWU, KW, Welch, Dunn, HL shift + CI, "
        << "bootstrap ratio of medians B=" << rb::stats::ReportOptions {}.bootstrapResamples << ", Fieller) in "
        << reportMs << " ms; JSON " << t.elapsed() - reportMs << " ms\n";
    out << "HL shift " << rep.pairs[0].hl.shift << " CI [" << rep.pairs[0].hl.ci->first << ", "
        << rep.pairs[0].hl.ci->second << "], MWU p " << rep.pairs[0].mwu.p << '\n';
    return 0;
}
