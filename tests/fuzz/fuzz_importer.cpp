// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness, compiled once per line of formats.txt as fuzz_<format> with RB_FUZZ_FORMAT (the importer's
// name) and RB_FUZZ_DIR (1: a folder importer, inputs are packed trees). Each input is written to a private
// tmpfs folder and imported by name; a broken invariant (fuzzcheck.h) aborts, which libFuzzer reports as a
// crash with its reproducer. RB_FUZZ_WRITE_SEEDS=DIR writes the seed corpus to DIR and exits (tests/fuzz/run.sh).
#include "fuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <unistd.h>

namespace {

QString g_dir; // private to this process: -jobs/-fork start several

QString g_map; // a generic importer's --map, from formats.txt

/// This target's line of formats.txt.
std::optional<rb::fuzz::Format> ownFormat(QString* error)
{
    for (const rb::fuzz::Format& f :
        rb::fuzz::readFormats(QStringLiteral(RB_SOURCE_DIR "/tests/fuzz/formats.txt"), error)) {
        if (f.name == QLatin1String(RB_FUZZ_FORMAT)) {
            return f;
        }
    }
    return std::nullopt;
}

void removeDir()
{
    QDir(g_dir).removeRecursively();
}

int writeSeeds(const char* to)
{
    const QString source = QStringLiteral(RB_SOURCE_DIR);
    QString error;
    if (const auto found = ownFormat(&error)) {
        const rb::fuzz::Format& f = *found;
        int n = 0;
        QDir().mkpath(QString::fromLocal8Bit(to));
        const auto seeds = rb::fuzz::seedInputs(
            f, source + QStringLiteral("/tests/data"), source + QStringLiteral("/tests/fuzz/corpus"));
        for (const auto& [path, bytes] : seeds) {
            QFile out(QStringLiteral("%1/seed-%2").arg(QString::fromLocal8Bit(to)).arg(++n, 3, 10, QLatin1Char('0')));
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
                return 1;
            }
        }
        std::fprintf(stderr, "%d seeds for %s\n", n, RB_FUZZ_FORMAT);
        return n > 0 ? 0 : 1;
    }
    std::fprintf(stderr, "%s is not in formats.txt %s\n", RB_FUZZ_FORMAT, qPrintable(error));
    return 1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (const char* to = std::getenv("RB_FUZZ_WRITE_SEEDS")) {
        std::exit(writeSeeds(to));
    }
    const char* base = std::getenv("RB_FUZZ_TMPDIR");
    g_dir = QStringLiteral("%1/rb-fuzz-%2").arg(QString::fromLocal8Bit(base ? base : "/dev/shm")).arg(getpid());
    if (!QDir().mkpath(g_dir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(g_dir));
        std::exit(1);
    }
    std::atexit(removeDir);
    QString error;
    const auto format = ownFormat(&error);
    g_map = format ? format->map : QString();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const rb::ImporterRegistry registry;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString path = g_dir + QStringLiteral("/input");
    if (!rb::fuzz::writeInput(path, input, RB_FUZZ_DIR)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
    const rb::fuzz::Outcome out =
        rb::fuzz::importChecked(registry, QStringLiteral(RB_FUZZ_FORMAT), path, input, RB_FUZZ_DIR, g_map);
    if (!out.violations.isEmpty()) {
        std::fprintf(stderr, "contract broken (%s):\n  %s\n", RB_FUZZ_FORMAT,
            qPrintable(out.violations.join(QStringLiteral("\n  "))));
        std::abort();
    }
    return 0;
}
