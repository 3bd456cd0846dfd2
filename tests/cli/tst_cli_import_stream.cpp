// SPDX-License-Identifier: GPL-3.0-or-later
// runbench-cli import of one large number file streams: its peak memory does not grow with the file (issue #7:
// "1 GB of one-number lines imports in bounded memory"; the 1 GB run itself is in docs/performance.md), and every
// value arrives.
#include "../common/testsupport.h"
#include "io/resultfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>

using namespace rb;

namespace {

/// A file of `lines` numbers ("%.3f", a deterministic sequence) and the sum of what it holds.
double writeNumbers(const QString& path, qint64 lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    double sum = 0;
    QByteArray chunk;
    for (qint64 i = 0; i < lines; ++i) {
        const QByteArray v = QByteArray::number(double((i * 7919) % 100000) / 1000.0, 'f', 3);
        sum += v.toDouble();
        chunk += v + '\n';
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return sum;
}

/// The largest peak RSS (KiB) of any child this process has waited for.
long childrenPeakKib()
{
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_maxrss;
}

} // namespace

class TestCliImportStream : public QObject
{
    Q_OBJECT

private slots:
    void peakMemoryDoesNotGrowWithTheFile()
    {
        QTemporaryDir dir;
        const QString small = dir.filePath(QStringLiteral("small.txt"));
        const QString big = dir.filePath(QStringLiteral("big.txt"));
        writeNumbers(small, 20000);
        const double bigSum = writeNumbers(big, 1500000); // ~10 MB: in memory this would take > 1 GB
        auto r = test::runCommand(test::cliPath(),
            { QStringLiteral("import"), small, QStringLiteral("--out"), dir.filePath(QStringLiteral("s")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const long smallPeak = childrenPeakKib();
        r = test::runCommand(test::cliPath(),
            { QStringLiteral("import"), big, QStringLiteral("--out"), dir.filePath(QStringLiteral("b")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("imported 1500000 runs from 1 files")), qPrintable(r.out));
        const long bigPeak = childrenPeakKib();
        qInfo("peak RSS: %ld KiB for 20,000 lines, %ld KiB for 1,500,000 lines", smallPeak, bigPeak);
        QVERIFY2(
            bigPeak < smallPeak + 32 * 1024, qPrintable(QStringLiteral("%1 vs %2 KiB").arg(bigPeak).arg(smallPeak)));
        // Every value is in samples.csv: its value column sums to the file's sum.
        QFile samples(dir.filePath(QStringLiteral("b/samples.csv")));
        QVERIFY(samples.open(QIODevice::ReadOnly));
        samples.readLine(); // header
        double sum = 0;
        qint64 rows = 0;
        while (!samples.atEnd()) {
            const QList<QByteArray> cells = samples.readLine().split(',');
            sum += cells.value(8).toDouble();
            ++rows;
        }
        QCOMPARE(rows, 1500000);
        QVERIFY(qAbs(sum - bigSum) < 1e-6 * bigSum);
    }
};

QTEST_GUILESS_MAIN(TestCliImportStream)
#include "tst_cli_import_stream.moc"
