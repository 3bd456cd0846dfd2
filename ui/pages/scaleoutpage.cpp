// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaleoutpage.h"

#include "models/planhostmodel.h"
#include "plan/inventory.h"
#include "plan/planspec.h"
#include "plan/planwriter.h"
#include "plan/playbookrun.h"
#include "runbench_config.h"
#include "support/background.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rb::ui {

namespace {

const auto kSpecKey = QStringLiteral("scaleout/spec");
const auto kInventoryKey = QStringLiteral("scaleout/inventory");
const QColor kErrorColour(0xD6, 0x27, 0x28);
const QColor kDiagnosticColour(0xB0, 0x7A, 0x00);

QString cliVersion()
{
    return QStringLiteral("runbench-cli " RUNBENCH_VERSION);
}

/// What checking the fields found (read on a worker thread).
struct HostCheck
{
    QList<plan::PlanHost> hosts;
    std::optional<plan::Inventory> inventory;
    QString error;
    bool planExists = false;
};

HostCheck checkFiles(const QString& spec, const QString& inventory, const QString& planDir)
{
    HostCheck c;
    c.planExists = !planDir.isEmpty() && QFileInfo::exists(QDir(planDir).filePath(QStringLiteral("playbook.yml")));
    if (!spec.isEmpty()) {
        const plan::PlanSpecResult s = plan::readPlanSpec(spec);
        if (s.spec) {
            c.hosts = s.spec->hosts;
        } else {
            c.error = s.error;
        }
    }
    if (!inventory.isEmpty()) {
        plan::InventoryResult i = plan::readInventory(inventory);
        c.inventory = std::move(i.inventory);
        if (!c.inventory && c.error.isEmpty()) {
            c.error = i.error;
        }
    }
    return c;
}

/// Hosts the inventory lacks in red and bold (the model says which; colours belong to the view).
class MissingHostDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant in = index.data(PlanHostModel::InInventoryRole);
        if (in.isValid() && !in.toBool()) {
            option->palette.setColor(QPalette::Text, kErrorColour);
            option->palette.setColor(QPalette::HighlightedText, kErrorColour.lighter(160));
            option->font.setBold(true);
        }
    }
};

void setMessage(QLabel* label, const QString& text, bool error)
{
    label->setTextFormat(Qt::PlainText); // messages quote file contents and "<address>"
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: %1;").arg(kErrorColour.name()) : QString());
    label->setVisible(!text.isEmpty());
}

} // namespace

ScaleOutPage::ScaleOutPage(QWidget* parent)
    : QWidget(parent)
    , m_hosts(new PlanHostModel(this))
    , m_run(new plan::PlaybookRun(this))
    , m_spec(new QLineEdit(this))
    , m_inventory(new QLineEdit(this))
    , m_planDir(new QLineEdit(this))
{
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createInputs());
    split->addWidget(createRunPane());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_run, &plan::PlaybookRun::totalKnown, this, [this](int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(0);
        //: Progress of ansible-playbook: tasks reached of the playbook's tasks
        m_progress->setFormat(tr("%v / %m tasks"));
        appendLog(tr("%n task(s) in the playbook.", nullptr, total), -1);
    });
    connect(m_run, &plan::PlaybookRun::progressed, this, &ScaleOutPage::showProgress);
    connect(m_run, &plan::PlaybookRun::lineRead, this,
        [this](const QString& line, plan::PlaybookRun::LineKind kind) { appendLog(line, int(kind)); });
    connect(m_run, &plan::PlaybookRun::finished, this, &ScaleOutPage::runFinished);
    const QSettings settings;
    m_spec->setText(settings.value(kSpecKey).toString());
    m_inventory->setText(settings.value(kInventoryKey).toString());
    specChanged();
    updateButtons();
}

ScaleOutPage::~ScaleOutPage() = default;

QPushButton* ScaleOutPage::browseButton(QLineEdit* edit, bool folder, const QString& title, const QString& filter)
{
    auto* button = new QPushButton(tr("Browse…"), this);
    connect(button, &QPushButton::clicked, this, [this, edit, folder, title, filter] {
        const QString start = edit->text().isEmpty() ? m_spec->text() : edit->text();
        const QString path = folder ? QFileDialog::getExistingDirectory(this, title, start)
                                    : QFileDialog::getOpenFileName(this, title, start, filter);
        if (!path.isEmpty()) {
            edit->setText(path);
            Q_EMIT edit->editingFinished();
        }
    });
    return button;
}

QTableView* ScaleOutPage::createHostView()
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_hosts);
    proxy->setSortRole(PlanHostModel::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(QStringLiteral("scaleHosts"));
    view->setModel(proxy);
    view->setItemDelegate(new MissingHostDelegate(view));
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the spec's order until a header is clicked
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QWidget* ScaleOutPage::createInputs()
{
    auto* box = new QGroupBox(tr("Plan"), this);
    m_spec->setObjectName(QStringLiteral("scaleSpec"));
    m_spec->setPlaceholderText(tr("An experiment spec with a \"hosts\" list (docs/scale-out.md)"));
    m_inventory->setObjectName(QStringLiteral("scaleInventory"));
    m_inventory->setPlaceholderText(tr("The Ansible inventory that names those hosts (YAML or INI)"));
    m_planDir->setObjectName(QStringLiteral("scalePlanDir"));
    m_planDir->setPlaceholderText(tr("Where the playbook is written; its results come back under results/"));
    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& label, QLineEdit* edit, QPushButton* browse) {
        auto* line = new QHBoxLayout;
        line->addWidget(edit, 1);
        line->addWidget(browse);
        form->addRow(label, line);
    };
    row(tr("Spec:"), m_spec,
        browseButton(m_spec, false, tr("Experiment spec with hosts"), tr("Experiment specs (*.json)")));
    row(tr("Inventory:"), m_inventory,
        browseButton(
            m_inventory, false, tr("Ansible inventory"), tr("Inventories (*.yml *.yaml *.ini hosts);;All files (*)")));
    row(tr("Plan folder:"), m_planDir, browseButton(m_planDir, true, tr("Plan folder"), {}));
    connect(m_spec, &QLineEdit::editingFinished, this, &ScaleOutPage::specChanged);
    connect(m_inventory, &QLineEdit::editingFinished, this, &ScaleOutPage::checkHosts);
    connect(m_planDir, &QLineEdit::editingFinished, this, &ScaleOutPage::checkHosts);

    m_generate = new QPushButton(tr("&Generate plan"), box);
    m_generate->setToolTip(tr("Write playbook.yml, inventory, spec.json and README.md into the plan folder, as "
                              "runbench-cli plan ansible does"));
    m_k8s = new QPushButton(tr("&Kubernetes manifests"), box);
    m_k8s->setToolTip(tr("Write configmap.yaml, job.yaml and README.md into <plan folder>/k8s, as runbench-cli "
                         "plan k8s does (image runbench-cli:latest: edit job.yaml for yours)"));
    connect(m_generate, &QPushButton::clicked, this, &ScaleOutPage::generatePlan);
    connect(m_k8s, &QPushButton::clicked, this, &ScaleOutPage::generateK8s);
    m_planStatus = new QLabel(box);
    m_planStatus->setObjectName(QStringLiteral("scalePlanStatus"));
    m_planStatus->setWordWrap(true);
    m_planStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_generate);
    buttons->addWidget(m_k8s);
    buttons->addWidget(m_planStatus, 1);

    m_hostView = createHostView();
    m_hostProblem = new QLabel(box);
    m_hostProblem->setObjectName(QStringLiteral("scaleHostProblem"));
    m_hostProblem->setWordWrap(true);
    m_hostProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(m_hostView, 1);
    layout->addWidget(m_hostProblem);
    layout->addLayout(buttons);
    return box;
}

QWidget* ScaleOutPage::createRunPane()
{
    //: The group that runs the plan's playbook
    auto* box = new QGroupBox(tr("Run with Ansible"), this);
    m_runButton = new QPushButton(tr("&Run"), box);
    m_runButton->setToolTip(tr("ansible-playbook -i inventory playbook.yml in the plan folder"));
    m_cancel = new QPushButton(tr("&Cancel"), box);
    m_cancel->setToolTip(tr("Stop ansible-playbook (terminated, killed 5 s later if it is still there)"));
    m_openMerged = new QPushButton(tr("&Open merged results"), box);
    m_openMerged->setToolTip(tr("Open <plan folder>/results/merged on the Results page"));
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("scaleProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString()); // "%v / %m tasks" once a run has counted them
    connect(m_runButton, &QPushButton::clicked, this, &ScaleOutPage::runPlaybook);
    connect(m_cancel, &QPushButton::clicked, this, &ScaleOutPage::cancelPlaybook);
    connect(m_openMerged, &QPushButton::clicked, this, [this] { Q_EMIT openResultsRequested(m_run->mergedDir()); });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_openMerged);
    m_current = new QLabel(tr("No playbook running"), box);
    m_current->setTextFormat(Qt::PlainText);
    m_current->setObjectName(QStringLiteral("scaleCurrent"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors = new QLabel(box);
    m_errors->setObjectName(QStringLiteral("scaleErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->hide();
    m_log = new QPlainTextEdit(box);
    m_log->setObjectName(QStringLiteral("scaleLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("ansible-playbook's output appears here."));
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(bar);
    layout->addWidget(m_current);
    layout->addWidget(m_errors);
    layout->addWidget(m_log, 1);
    return box;
}

void ScaleOutPage::specChanged()
{
    const QString spec = m_spec->text().trimmed();
    if (m_planDir->text().isEmpty() || m_planDir->text() == m_defaultPlanDir) {
        const QFileInfo fi(spec);
        m_defaultPlanDir =
            spec.isEmpty() ? QString() : fi.absoluteDir().filePath(QStringLiteral("plan-") + fi.completeBaseName());
        m_planDir->setText(m_defaultPlanDir);
    }
    checkHosts();
}

void ScaleOutPage::remember() const
{
    QSettings settings;
    settings.setValue(kSpecKey, m_spec->text().trimmed());
    settings.setValue(kInventoryKey, m_inventory->text().trimmed());
}

void ScaleOutPage::checkHosts()
{
    remember();
    const QString spec = m_spec->text().trimmed();
    const QString inventory = m_inventory->text().trimmed();
    const QString planDir = m_planDir->text().trimmed();
    const int generation = ++m_checkGeneration;
    runInBackground<HostCheck>(
        this, [spec, inventory, planDir] { return checkFiles(spec, inventory, planDir); },
        [this, generation, spec, inventory, planDir](const HostCheck& c) {
            if (generation != m_checkGeneration) {
                return; // the fields changed meanwhile: a newer check is coming
            }
            m_hosts->setHosts(c.hosts, c.inventory);
            m_hostView->resizeColumnsToContents();
            // Run runs the plan folder of the field once it holds a playbook (written here or before).
            if (m_writing == 0) {
                m_writtenPlan = c.planExists ? planDir : QString();
            }
            QString problem = c.error;
            const QStringList missing = m_hosts->missingHosts();
            if (problem.isEmpty() && !missing.isEmpty()) {
                problem = tr("Not in the inventory: %1. Ansible reaches hosts by their inventory names: add them to %2 "
                             "(with ansible_host=<address>) or correct their ids in the spec.")
                              .arg(missing.join(QStringLiteral(", ")), QFileInfo(inventory).fileName());
            }
            if (problem.isEmpty() && (spec.isEmpty() || inventory.isEmpty())) {
                setMessage(m_hostProblem,
                    tr("Choose an experiment spec with a \"hosts\" list and the Ansible inventory that names those "
                       "hosts; docs/scale-out.md shows both."),
                    false);
            } else {
                setMessage(m_hostProblem, problem, true);
            }
            updateButtons();
            Q_EMIT hostsChecked(problem);
        });
}

void ScaleOutPage::generatePlan()
{
    writePlan(false);
}

void ScaleOutPage::generateK8s()
{
    writePlan(true);
}

void ScaleOutPage::writePlan(bool k8s)
{
    const QString spec = m_spec->text().trimmed();
    const QString inventory = m_inventory->text().trimmed();
    const QString planDir = m_planDir->text().trimmed();
    const QString dir = k8s ? QDir(planDir).filePath(QStringLiteral("k8s")) : planDir;
    ++m_writing;
    updateButtons();
    setMessage(m_planStatus, tr("Writing…"), false);
    runInBackground<plan::PlanWriteResult>(
        this,
        [spec, inventory, dir, k8s] {
            return k8s ? plan::writeK8sPlan(spec, dir, plan::K8sOptions {}, cliVersion())
                       : plan::writeAnsiblePlan(spec, inventory, dir, cliVersion());
        },
        [this, dir, k8s](const plan::PlanWriteResult& r) {
            --m_writing;
            if (!k8s && r.error.isEmpty()) {
                m_writtenPlan = dir;
            }
            showPlanWritten(r, dir);
        });
}

void ScaleOutPage::showPlanWritten(const plan::PlanWriteResult& r, const QString& dir)
{
    if (r.error.isEmpty()) {
        QStringList names;
        for (const QString& f : r.files) {
            names << QDir(dir).relativeFilePath(f);
        }
        setMessage(m_planStatus,
            tr("Written to %1: %2").arg(QDir::toNativeSeparators(dir), names.join(QStringLiteral(", "))), false);
    } else {
        setMessage(m_planStatus, r.error, true);
    }
    updateButtons();
    Q_EMIT planWritten(r.files, r.error);
}

void ScaleOutPage::runPlaybook()
{
    m_log->clear();
    m_errors->hide();
    m_progress->setRange(0, 0); // busy until --list-tasks has counted the tasks
    m_current->setText(tr("Listing the playbook's tasks…"));
    const QString dir = m_writtenPlan.isEmpty() ? m_planDir->text().trimmed() : m_writtenPlan;
    appendLog(tr("ansible-playbook -i inventory playbook.yml in %1").arg(QDir::toNativeSeparators(dir)), -1);
    m_run->start(dir);
    updateButtons();
}

void ScaleOutPage::cancelPlaybook()
{
    m_current->setText(tr("Cancelling…"));
    m_run->cancel();
}

void ScaleOutPage::showProgress()
{
    const plan::AnsibleProgress& p = m_run->progress();
    m_progress->setValue(std::min(p.tasksReached(), m_progress->maximum()));
    //: Where ansible-playbook is: %1 the play's name, %2 the task's name
    m_current->setText(tr("Play: %1 — task: %2").arg(p.currentPlay(), p.currentTask()));
    // The first few in full; the log has them all (a large lab can fail on dozens of hosts).
    constexpr qsizetype shown = 5;
    QStringList errors = p.errors().mid(0, shown);
    if (p.errors().size() > shown) {
        errors << tr("… and %n more host(s): see the log", nullptr, int(p.errors().size() - shown));
    }
    setMessage(m_errors, errors.join(QLatin1Char('\n')), true);
}

void ScaleOutPage::appendLog(const QString& line, int kind)
{
    QScrollBar* bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCharFormat format;
    if (kind == int(plan::PlaybookRun::LineKind::Error)) {
        format.setForeground(kErrorColour);
        format.setFontWeight(QFont::Bold);
    } else if (kind == int(plan::PlaybookRun::LineKind::Diagnostic)) {
        format.setForeground(kDiagnosticColour);
    } else if (kind < 0) {
        format.setFontItalic(true); // Runbench's own lines
    }
    QTextCursor cursor(m_log->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_log->document()->isEmpty()) {
        cursor.insertBlock();
    }
    cursor.insertText(line, format);
    if (atEnd) {
        m_log->moveCursor(QTextCursor::End); // follow the output unless the user scrolled up to read
        m_log->ensureCursorVisible();
    }
}

void ScaleOutPage::runFinished(bool ok, const QString& message)
{
    if (m_progress->maximum() == 0) {
        m_progress->setRange(0, 1); // stopped before the tasks were counted: not busy any more
    }
    if (ok) {
        m_progress->setValue(m_progress->maximum());
    }
    showProgress();
    m_current->setText(message);
    m_current->setStyleSheet(ok ? QString() : QStringLiteral("color: %1;").arg(kErrorColour.name()));
    appendLog(message, ok ? -1 : int(plan::PlaybookRun::LineKind::Error));
    if (m_run->hasMergedResults()) {
        appendLog(tr("Merged results: %1").arg(QDir::toNativeSeparators(m_run->mergedDir())), -1);
    }
    updateButtons();
}

void ScaleOutPage::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool inputs = !m_spec->text().trimmed().isEmpty() && !m_planDir->text().trimmed().isEmpty();
    m_generate->setEnabled(!running && m_writing == 0 && inputs && !m_inventory->text().trimmed().isEmpty());
    m_k8s->setEnabled(!running && m_writing == 0 && inputs);
    m_runButton->setEnabled(!running && m_writing == 0 && !m_writtenPlan.isEmpty());
    m_cancel->setEnabled(running);
    m_openMerged->setEnabled(!running && m_run->hasMergedResults());
    m_spec->setEnabled(!running);
    m_inventory->setEnabled(!running);
    m_planDir->setEnabled(!running);
}

} // namespace rb::ui
