// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): 1,000,000 values in the Compare page's plot, offscreen at 1600 × 1000.
// Usage: bench_compareplot [N] [GROUPS] [REPEATS]   (defaults 1000000 1 15; N values split over GROUPS groups)
// Prints, for the page's ECDF (curves reduced in core, stats::reduceEcdf) and, for contrast, for the plain
// ECDF builder over every value: the core preparation, the first draw and the median redraw; then the first
// draw of the page's box and violin plots (their plan is made on a worker, the draw on the GUI thread).
#include "io/comparison.h"
#include "pages/comparepage.h"
#include "plot/figurekinds.h"
#include "plot/figures.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>
#include <algorithm>
#include <qcustomplot.h>
#include <random>

namespace {

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Median time of `repeats` replots of `plot`, each a full redraw of every layer.
double medianRedraw(QCustomPlot* plot, int repeats)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        times.push_back(ms(t));
    }
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

std::vector<rb::stats::NamedSample> makeSamples(std::size_t n, int groups)
{
    std::mt19937_64 rng(42);
    std::vector<rb::stats::NamedSample> samples;
    for (int g = 0; g < groups; ++g) {
        std::lognormal_distribution<double> d(3.0 + 0.2 * g, 0.5);
        rb::stats::NamedSample s { QStringLiteral("runtime%1/workload/cold-start").arg(g), {} };
        s.values.resize(n / std::size_t(groups));
        std::generate(s.values.begin(), s.values.end(), [&] { return d(rng); });
        samples.push_back(std::move(s));
    }
    return samples;
}

/// Selects plot `kind` on `page` and returns the time until it is drawn.
double showKind(rb::ui::ComparePage& page, const QString& kind)
{
    QSignalSpy shown(&page, &rb::ui::ComparePage::plotShown);
    QElapsedTimer t;
    t.start();
    page.kindBox()->setCurrentIndex(page.kindBox()->findData(kind));
    shown.wait(120000);
    return ms(t);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const std::size_t n = args.size() > 1 ? args[1].toULongLong() : 1000000;
    const int groups = args.size() > 2 ? args[2].toInt() : 1;
    const int repeats = args.size() > 3 ? args[3].toInt() : 15;
    QTextStream out(stdout);

    rb::Comparison c;
    c.metric = QStringLiteral("wall_ms");
    c.samples = makeSamples(n, groups);
    QElapsedTimer t;
    t.start();
    c.ecdfs = rb::drawableEcdfs(c.samples);
    const double prepare = ms(t);
    std::size_t steps = 0;
    for (const auto& e : c.ecdfs) {
        steps += e.x.size();
    }
    rb::stats::ReportOptions ro;
    ro.bootstrapResamples = 200; // the table is not what is measured here
    c.report = rb::stats::buildReport(c.samples, ro);
    auto shared = std::make_shared<const rb::Comparison>(std::move(c));

    rb::ui::ComparePage page;
    page.resize(1600, 1000);
    page.show();
    QSignalSpy shown(&page, &rb::ui::ComparePage::plotShown);
    t.restart();
    page.showComparison(shared);
    shown.wait(120000);
    const double first = ms(t);
    const double redraw = medianRedraw(page.plot(), repeats);
    out << QStringLiteral("values %1 in %2 group(s), plot %3 x %4 px, median of %5 redraws\n")
               .arg(n)
               .arg(groups)
               .arg(page.plot()->width())
               .arg(page.plot()->height())
               .arg(repeats);
    out << QStringLiteral("compare ECDF: core reduction %1 ms (worker thread) -> %2 steps; first draw %3 ms; "
                          "redraw %4 ms\n")
               .arg(prepare, 0, 'f', 1)
               .arg(steps)
               .arg(first, 0, 'f', 1)
               .arg(redraw, 0, 'f', 1);

    // For contrast: the Figures builder over every value, on a plot of the same size.
    QCustomPlot plain;
    plain.resize(page.plot()->size());
    t.restart();
    rb::ui::figure::drawEcdf(
        &plain, rb::figure::sampleFigure(shared->samples, shared->metric), rb::ui::PlotTheme::paper());
    plain.replot(QCustomPlot::rpImmediateRefresh);
    const double plainFirst = ms(t);
    out << QStringLiteral("plain ECDF (every value): first draw %1 ms; redraw %2 ms\n")
               .arg(plainFirst, 0, 'f', 1)
               .arg(medianRedraw(&plain, repeats), 0, 'f', 1);

    for (const QString& kind : { QStringLiteral("box"), QStringLiteral("violin") }) {
        const double shownMs = showKind(page, kind);
        const double redrawMs = medianRedraw(page.plot(), repeats);
        // The GUI thread's part alone: the plan (made on a worker by the page) is made here first.
        const auto plan = rb::ui::figure::planSampleFigure(shared->samples, { kind, shared->metric, {}, false });
        QCustomPlot other;
        other.resize(page.plot()->size());
        t.restart();
        plan.draw(&other, rb::ui::PlotTheme::paper());
        other.replot(QCustomPlot::rpImmediateRefresh);
        const double guiMs = ms(t);
        out << QStringLiteral("compare %1: shown %2 ms (plan on a worker + draw), of which the GUI thread draws %3 ms; "
                              "redraw %4 ms\n")
                   .arg(kind)
                   .arg(shownMs, 0, 'f', 1)
                   .arg(guiMs, 0, 'f', 1)
                   .arg(redrawMs, 0, 'f', 1);
    }
    return 0;
}
