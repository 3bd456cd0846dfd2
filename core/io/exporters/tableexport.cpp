// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "io/anyresults.h"
#include "io/numberfile.h"
#include "latex.h"
#include "markdown.h"
#include "matrix.h"
#include "matrixtable.h"
#include "pairwisetable.h"
#include "stats/groups.h"
#include "stats/report.h"
#include "support/translation.h"
#include "tabledata.h"

#include <algorithm>

namespace rb {

namespace {

QString renderReport(const TableRequest& r, const ExportTable& table, const QString& metric)
{
    if (r.format == QLatin1String("latex")) {
        return latexTable(table);
    }
    if (r.format == QLatin1String("markdown")) {
        return markdownTable(table);
    }
    if (r.format == QLatin1String("csv")) {
        return csvTable(table);
    }
    const ExportOptions& o = r.options;
    const TableFacts facts { metric, r.baseline,
        o.center == ExportOptions::Center::Mean ? QStringLiteral("mean") : QStringLiteral("median"),
        o.correction == ExportOptions::Correction::Holm ? QStringLiteral("holm") : QStringLiteral("bh") };
    return jsonTable(table, facts);
}

/// summary and pairwise: the groups of every path, as `runbench-cli stats` reads them.
TableText reportTable(const TableRequest& r)
{
    TableText out;
    ExportOptions opt = r.options;
    const StatsInput in = loadStatsInput(r.paths, opt.metric);
    if (opt.metric.isEmpty()) {
        opt.metric = in.metric;
    }
    out.problems = in.problems;
    for (const stats::NamedSample& s : in.samples) {
        out.baselines << s.name;
    }
    if (in.samples.empty()) {
        out.error = TrTableExport::tr("no usable values were read");
        return out;
    }
    stats::ReportOptions ro;
    ro.baseline = r.baseline;
    if (!ro.baseline.isEmpty() && std::none_of(in.samples.begin(), in.samples.end(), [&](const stats::NamedSample& s) {
            return s.name == ro.baseline;
        })) {
        out.error = TrTableExport::tr("--baseline \"%1\" is not a group").arg(ro.baseline);
        return out;
    }
    if (r.table == QLatin1String("pairwise") && in.samples.size() < 2) {
        out.error = TrTableExport::tr("--table pairwise needs at least two groups, found one");
        return out;
    }
    const stats::Report report = stats::buildReport(in.samples, ro);
    const ExportTable t = r.table == QLatin1String("pairwise") ? buildPairwiseTable(report, opt)
                                                               : buildExportTable(report, ro.baseline, opt);
    out.text = renderReport(r, t, opt.metric);
    return out;
}

/// matrix: runtime and workload come from the runs of one results folder (or one imported file or folder).
TableText matrixTable(const TableRequest& r)
{
    TableText out;
    if (r.paths.size() != 1) {
        out.error =
            TrTableExport::tr("--table matrix reads exactly one results folder (or one file or folder to import)");
        return out;
    }
    QString error;
    const auto rs = loadAnyResults(r.paths.front(), &error, &out.problems);
    if (!rs) {
        out.error = error;
        return out;
    }
    const QString metric = chooseMetric(*rs, r.options.metric);
    const QList<stats::Group> groups = stats::groupsFromResults(*rs, metric);
    for (const stats::Group& g : groups) {
        if (g.failed > 0) {
            out.problems << failedRunsLeftOut(g.name, g.failed);
        }
    }
    const MatrixOptions mo { r.options.center == ExportOptions::Center::Mean ? ResultMatrix::Center::Mean
                                                                             : ResultMatrix::Center::Median,
        r.baseline, metric };
    const ResultMatrix m = buildMatrix(groups, mo);
    out.baselines = m.columns;
    if (m.rows.isEmpty()) {
        out.error = TrTableExport::tr("%1 has no values of metric \"%2\"; metrics in this folder: %3")
                        .arg(r.paths.front(), metric, metricsOf(*rs).join(QStringLiteral(", ")));
        return out;
    }
    if (!mo.baseline.isEmpty() && m.baselineColumn < 0) {
        out.error = TrTableExport::tr("--baseline \"%1\" is not a runtime of this folder (runtimes: %2)")
                        .arg(mo.baseline, m.columns.join(QStringLiteral(", ")));
        return out;
    }
    const MatrixText text { r.options.caption, r.options.label };
    out.text = r.format == QLatin1String("latex") ? latexMatrix(m, text)
        : r.format == QLatin1String("markdown")   ? markdownMatrix(m, text)
        : r.format == QLatin1String("csv")        ? csvMatrix(m)
                                                  : jsonMatrix(m);
    return out;
}

} // namespace

QStringList tableFormats()
{
    return { QStringLiteral("latex"), QStringLiteral("markdown"), QStringLiteral("csv"), QStringLiteral("json") };
}

QStringList tableKinds()
{
    return { QStringLiteral("summary"), QStringLiteral("pairwise"), QStringLiteral("matrix") };
}

TableText renderTable(const TableRequest& request)
{
    if (!tableFormats().contains(request.format)) {
        return { {}, QStringLiteral("--format must be latex, markdown, csv or json"), {}, {} };
    }
    if (!tableKinds().contains(request.table)) {
        return { {}, QStringLiteral("--table must be summary, pairwise or matrix, not \"%1\"").arg(request.table), {},
            {} };
    }
    return request.table == QLatin1String("matrix") ? matrixTable(request) : reportTable(request);
}

} // namespace rb
