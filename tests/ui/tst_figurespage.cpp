// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's Figures view on the committed cold-start folder: it draws with the same builders as
// `runbench-cli figure` (one graph per configuration for the ECDF), says what is missing, and exports a PDF.
#include "io/resultfolder.h"
#include "pages/figurespage.h"
#include "stats/groups.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

class TstFiguresPage : public QObject
{
    Q_OBJECT
    std::shared_ptr<const rb::ResultSet> m_results;

    /// Selects `kind` and waits for the page to show it; returns the error (empty when drawn).
    QString show(rb::ui::FiguresPage& page, const QString& kind)
    {
        QSignalSpy shown(&page, &rb::ui::FiguresPage::figureShown);
        page.kindBox()->setCurrentText(kind);
        if (!shown.wait(20000)) {
            return QStringLiteral("timeout");
        }
        return shown.last().at(0).toString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto r = rb::loadResultFolder(
            qEnvironmentVariable("RUNBENCH_SOURCE_DIR") + QStringLiteral("/tests/data/stats/results-demo"), &error);
        QVERIFY2(r, qPrintable(error));
        m_results = std::make_shared<const rb::ResultSet>(*r);
    }
    void ecdfHasOneCurvePerConfiguration()
    {
        rb::ui::FiguresPage page;
        page.kindBox()->setCurrentText(QStringLiteral("box"));
        page.setResults(m_results);
        QCOMPARE(show(page, QStringLiteral("ecdf")), QString());
        const auto groups = rb::stats::groupsFromResults(*m_results, QStringLiteral("wall_ms"));
        QCOMPARE(page.plot()->graphCount(), int(groups.size()));
        QCOMPARE(page.plot()->graph(0)->dataCount(), int(groups.front().values.size()) + 1);
    }
    void missingDataIsExplained()
    {
        rb::ui::FiguresPage page;
        page.setResults(m_results);
        QVERIFY(show(page, QStringLiteral("spectrum")).contains(QStringLiteral("latency.csv")));
        QString error;
        QVERIFY(!page.exportTo(QDir::temp().filePath(QStringLiteral("never.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("latency.csv")));
    }
    void exportsPdf()
    {
        rb::ui::FiguresPage page;
        page.setResults(m_results);
        QCOMPARE(show(page, QStringLiteral("heatmap")), QString());
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("heatmap.pdf"));
        QVERIFY2(page.exportTo(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
    }
};

QTEST_MAIN(TstFiguresPage)
#include "tst_figurespage.moc"
