// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's Figures view on the committed cold-start folder: it draws with the same builders as
// `runbench-cli figure` (one graph per configuration for the ECDF), says what is missing, and exports a PDF.
#include "io/resultfolder.h"
#include "pages/figurespage.h"
#include "stats/groups.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
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
    void toolbarControlsSayWhatTheyAre()
    {
        rb::ui::FiguresPage page;
        page.setResults(m_results);
        QList<QWidget*> controls;
        for (QComboBox* w : page.findChildren<QComboBox*>()) {
            controls << w;
        }
        for (QAbstractSpinBox* w : page.findChildren<QAbstractSpinBox*>()) {
            controls << w;
        }
        for (QAbstractButton* w : page.findChildren<QAbstractButton*>()) {
            if (!qobject_cast<QLineEdit*>(w->parentWidget())) { // a line edit's clear button
                controls << w;
            }
        }
        for (QLineEdit* w : page.findChildren<QLineEdit*>()) {
            if (!qobject_cast<QAbstractSpinBox*>(w->parentWidget())) { // a spin box's own editor
                controls << w;
            }
        }
        QCOMPARE(controls.size(), 9); // kind, baseline, palette, width, height, dpi, font size, export, metric
        for (QWidget* w : std::as_const(controls)) {
            QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
        }
        QCOMPARE(show(page, QStringLiteral("heatmap")), QString());
        const auto baselines = page.findChildren<QComboBox*>();
        QVERIFY(std::any_of(baselines.begin(), baselines.end(),
            [](QComboBox* b) { return b->isEnabled() && b->itemText(0) == QStringLiteral("(none)"); }));
    }
    void legendFitsANarrowDock()
    {
        rb::ui::FiguresPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setResults(m_results);
        QCOMPARE(show(page, QStringLiteral("ecdf")), QString());
        page.resize(400, 600);
        QCustomPlot* plot = page.plot();
        QTRY_VERIFY(plot->width() <= 400 && plot->legend->outerRect().right() <= plot->width());
        QCOMPARE(plot->legend->wrap(), 1);
        for (int i = 0; i < plot->legend->itemCount(); ++i) {
            const QCPAbstractLegendItem* item = plot->legend->item(i);
            QVERIFY2(item->outerRect().right() <= plot->width(), qPrintable(QString::number(i)));
            QVERIFY(item->minimumOuterSizeHint().width() <= item->outerRect().width());
        }
        QVERIFY(page.minimumSizeHint().width() <= 400);
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
