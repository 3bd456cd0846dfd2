// SPDX-License-Identifier: GPL-3.0-or-later
// Commands typed as text (the designer's user factors) against Python's shlex, an independent POSIX splitter:
// every line splits as shlex splits it (';' as a separator, like shlex's punctuation_chars), and every argv written
// back as text is split by shlex into the same argv.
#include "model/argvtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace rb;

namespace {

// argv[1] "commands": each line as a list of commands split at unquoted ';'; "words": each line as one argv.
const char* kShlex = R"PY(
import json, shlex, sys
out = []
for line in json.load(sys.stdin):
    if sys.argv[1] == "words":
        out.append([shlex.split(line)])
        continue
    lex = shlex.shlex(line, posix=True, punctuation_chars=';')
    lex.whitespace_split = True
    cmds, cur = [], []
    for tok in lex:
        if tok and set(tok) == {';'}:
            if cur: cmds.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur: cmds.append(cur)
    out.append(cmds)
json.dump(out, sys.stdout)
)PY";

/// shlex's commands for each line (mode "commands"), or each line as one command (mode "words": shlex cannot tell
/// a quoted ';' from a separator when it treats ';' as punctuation).
QList<QList<QStringList>> shlexSplit(const QStringList& lines, const QString& mode = QStringLiteral("commands"))
{
    QProcess py;
    py.start(QStringLiteral("python3"), { QStringLiteral("-c"), QString::fromLatin1(kShlex), mode });
    if (!py.waitForStarted()) {
        return {};
    }
    py.write(QJsonDocument(QJsonArray::fromStringList(lines)).toJson());
    py.closeWriteChannel();
    py.waitForFinished(30000);
    QList<QList<QStringList>> out;
    for (const QJsonValue& line : QJsonDocument::fromJson(py.readAllStandardOutput()).array()) {
        QList<QStringList> cmds;
        for (const QJsonValue& cmd : line.toArray()) {
            QStringList argv;
            for (const QJsonValue& a : cmd.toArray()) {
                argv << a.toString();
            }
            cmds << argv;
        }
        out << cmds;
    }
    return out;
}

} // namespace

class TestArgvText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithShlex()
    {
        const QStringList lines {
            QStringLiteral("nft add rule inet filter input tcp dport 8080 drop"),
            QStringLiteral("iptables -A INPUT -m comment --comment \"runbench firewall\" -j DROP; sysctl -w a=1"),
            QStringLiteral("echo 'it''s' \"a \\\"b\\\" c\" back\\ slash"),
            QStringLiteral("  cpupower frequency-set -g performance ;; ; true  "),
            QStringLiteral("printf '%s;%s' x y; echo \"semi;colon\""),
            QStringLiteral("echo '' \"\" x"),
            QStringLiteral("a\"b\"'c'd e\\;f"),
            QStringLiteral("echo \"back \\\\ slash\" 'single \\ kept'"),
        };
        const QList<QList<QStringList>> expected = shlexSplit(lines);
        QCOMPARE(expected.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const ArgvParse p = parseCommandLine(lines[i]);
            QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
            QCOMPARE(p.commands, expected[i]);
        }
    }

    void writtenTextSplitsBack()
    {
        // random argv with blanks, quotes, backslashes, ';' and non-ASCII: our text, split by shlex and by us
        QRandomGenerator rng(7);
        const QString alphabet = QStringLiteral("ab z;'\"\\-=é$*~\t");
        QList<QList<QStringList>> cases;
        QStringList texts;
        QStringList commandTexts; // each command alone, for shlex
        QList<QStringList> commands;
        for (int c = 0; c < 200; ++c) {
            QList<QStringList> cmds;
            for (int n = 1 + rng.bounded(3); n > 0; --n) {
                QStringList argv;
                for (int a = 1 + rng.bounded(4); a > 0; --a) {
                    QString s;
                    for (int k = rng.bounded(6); k > 0; --k) {
                        s += alphabet[rng.bounded(int(alphabet.size()))];
                    }
                    argv << s;
                }
                cmds << argv;
                commands << argv;
                commandTexts << commandLineText({ argv });
            }
            cases << cmds;
            texts << commandLineText(cmds);
        }
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QCOMPARE(parseCommandLine(texts[i]).commands, cases[i]);
        }
        const QList<QList<QStringList>> viaShlex = shlexSplit(commandTexts, QStringLiteral("words"));
        QCOMPARE(viaShlex.size(), commands.size());
        for (qsizetype i = 0; i < commands.size(); ++i) {
            QCOMPARE(viaShlex[i].value(0), commands[i]);
        }
        QCOMPARE(commandLineText({ { QStringLiteral("sysctl"), QStringLiteral("-w"), QStringLiteral("a=1") } }),
            QStringLiteral("sysctl -w a=1")); // plain words stay plain
    }

    void unclosedQuotesAreErrors()
    {
        QCOMPARE(parseCommandLine(QStringLiteral("echo 'abc")).error,
            QStringLiteral("column 6: the ' opened here is never closed"));
        QCOMPARE(parseCommandLine(QStringLiteral("echo \"a\\\"")).error,
            QStringLiteral("column 6: the \" opened here is never closed"));
        QCOMPARE(parseCommandLine(QStringLiteral("echo a\\")).error,
            QStringLiteral("column 7: a \\ at the end escapes nothing"));
    }
};

QTEST_GUILESS_MAIN(TestArgvText)
#include "tst_argvtext.moc"
