// SPDX-License-Identifier: GPL-3.0-or-later
#include "environment.h"

#include "clockstatus.h"
#include "runbench_config.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>
#include <unistd.h>

namespace rb {

namespace {

QJsonValue readTrimmed(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QJsonValue::Null;
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

QJsonValue procField(const QString& path, const QString& key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QJsonValue::Null;
    }
    const QRegularExpression re(
        QStringLiteral("^") + QRegularExpression::escape(key) + QStringLiteral("\\s*:\\s*(.*)$"),
        QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? QJsonValue(m.captured(1).trimmed()) : QJsonValue::Null;
}

} // namespace

QJsonObject environmentFingerprint()
{
    QJsonObject o;
    o.insert(QStringLiteral("hostname"), QSysInfo::machineHostName());
    o.insert(QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()));
    o.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    o.insert(QStringLiteral("arch"), QSysInfo::currentCpuArchitecture());
    o.insert(QStringLiteral("cpu_model"), procField(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")));
    o.insert(QStringLiteral("logical_cpus"), QThread::idealThreadCount());
    const QJsonValue mem = procField(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    o.insert(QStringLiteral("mem_total_kib"),
        mem.isNull() ? QJsonValue::Null : QJsonValue(mem.toString().split(QLatin1Char(' ')).first().toDouble()));
    o.insert(QStringLiteral("cpu_governor"),
        readTrimmed(QStringLiteral("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor")));
    o.insert(
        QStringLiteral("intel_no_turbo"), readTrimmed(QStringLiteral("/sys/devices/system/cpu/intel_pstate/no_turbo")));
    o.insert(QStringLiteral("smt_active"), readTrimmed(QStringLiteral("/sys/devices/system/cpu/smt/active")));
    o.insert(QStringLiteral("cgroup"),
        QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"))
            ? QStringLiteral("v2")
            : (QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/memory")) ? QStringLiteral("v1")
                                                                          : QStringLiteral("none")));
    o.insert(QStringLiteral("runbench_version"), QStringLiteral(RUNBENCH_VERSION));
    o.insert(QStringLiteral("runbench"), QStringLiteral(RUNBENCH_VERSION)); // the key multi-host tools read
    o.insert(QStringLiteral("clock"), clockStatus());
    o.insert(QStringLiteral("qt_version"), QString::fromLatin1(qVersion()));
    o.insert(QStringLiteral("boot_id"), readTrimmed(QStringLiteral("/proc/sys/kernel/random/boot_id")));
    return o;
}

} // namespace rb
