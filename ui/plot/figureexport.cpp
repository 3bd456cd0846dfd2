// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexport.h"

#include "figurecommon.h"

#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>
#include <qcustomplot.h>

namespace rb::ui {

namespace {

// Every export lays the plot out in device-independent pixels of 1/96 inch on a device whose resolution is
// also 96 dpi: QFont point sizes then come out at their true physical size in all three formats, and the
// layout (measured with the same font metrics) never clips text. PNG scales the painter afterwards.
constexpr double kLayoutDpi = 96;

QSize layoutSize(const FigureSize& s)
{
    return { int(std::lround(s.widthMm / 25.4 * kLayoutDpi)), int(std::lround(s.heightMm / 25.4 * kLayoutDpi)) };
}

bool render(QCustomPlot* plot, QPaintDevice* device, const QSize& logical, double sx, double sy, bool vector)
{
    QCPPainter painter(device);
    if (!painter.isActive()) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized, vector);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(sx, sy);
    figure::fitLegend(plot, logical.width());
    plot->toPainter(&painter, logical.width(), logical.height());
    return painter.end();
}

bool savePdf(QCustomPlot* plot, const QString& path, const FigureSize& s)
{
    QPdfWriter writer(path);
    writer.setResolution(int(kLayoutDpi));
    writer.setCreator(QStringLiteral("Runbench"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(s.widthMm, s.heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QSize logical = layoutSize(s);
    const QRect page = writer.pageLayout().fullRectPixels(writer.resolution());
    return render(
        plot, &writer, logical, double(page.width()) / logical.width(), double(page.height()) / logical.height(), true);
}

bool saveSvg(QCustomPlot* plot, const QString& path, const FigureSize& s)
{
    const QSize logical = layoutSize(s);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setResolution(int(kLayoutDpi));
    svg.setSize(logical);
    svg.setViewBox(QRect(QPoint(0, 0), logical));
    svg.setTitle(QStringLiteral("Runbench figure"));
    return render(plot, &svg, logical, 1, 1, true) && QFileInfo(path).size() > 0;
}

bool savePng(QCustomPlot* plot, const QString& path, const FigureSize& s)
{
    const QSize pixels(int(std::lround(s.widthMm / 25.4 * s.dpi)), int(std::lround(s.heightMm / 25.4 * s.dpi)));
    const QSize logical = layoutSize(s);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    // Fonts resolve against the image's resolution: 96 dpi while painting (as the layout), the real one after.
    image.setDotsPerMeterX(int(std::lround(kLayoutDpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(kLayoutDpi / 0.0254)));
    image.fill(Qt::white);
    if (!render(plot, &image, logical, double(pixels.width()) / logical.width(),
            double(pixels.height()) / logical.height(), false)) {
        return false;
    }
    image.setDotsPerMeterX(int(std::lround(s.dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(s.dpi / 0.0254)));
    return image.save(path, "PNG");
}

} // namespace

bool saveFigure(QCustomPlot* plot, const QString& path, const FigureSize& size, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("pdf")) {
        ok = savePdf(plot, path, size);
    } else if (suffix == QLatin1String("svg")) {
        ok = saveSvg(plot, path, size);
    } else if (suffix == QLatin1String("png")) {
        ok = savePng(plot, path, size);
    } else {
        *error = QStringLiteral("%1: unknown figure format \"%2\" (expected .pdf, .svg or .png)").arg(path, suffix);
        return false;
    }
    if (!ok) {
        *error = QStringLiteral("cannot write %1").arg(path);
    }
    return ok;
}

} // namespace rb::ui
