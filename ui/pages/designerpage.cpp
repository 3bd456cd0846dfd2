// SPDX-License-Identifier: GPL-3.0-or-later
#include "designerpage.h"

#include "engine/durationestimate.h"
#include "models/checklistmodel.h"
#include "models/factortablemodel.h"
#include "models/scenarioparammodel.h"
#include "models/specdraft.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rb::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    return view;
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* l = new QVBoxLayout(box);
    l->addWidget(content);
    return box;
}

} // namespace

DesignerPage::DesignerPage(QWidget* parent)
    : QWidget(parent)
    , m_draft(new SpecDraft(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("designName"));
    m_description->setPlaceholderText(tr("What this experiment is for (optional)"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Name:"), this));
    top->addWidget(m_name, 1);
    top->addWidget(new QLabel(tr("Description:"), this));
    top->addWidget(m_description, 3);
    auto* lower = new QHBoxLayout;
    lower->addWidget(createSettings());
    lower->addWidget(createFactors(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(createPicking(), 1);
    layout->addLayout(lower);
    layout->addWidget(createFooter());
    connect(m_name, &QLineEdit::textEdited, m_draft, &SpecDraft::setName);
    connect(m_description, &QLineEdit::textEdited, m_draft, &SpecDraft::setDescription);
    connect(m_draft, &SpecDraft::specReplaced, this, &DesignerPage::showSpec);
    connect(m_draft, &SpecDraft::changed, this, &DesignerPage::showSummary);
    connect(m_draft, &SpecDraft::opened, this, [this](const QString& path) { m_path = path; });
    connect(m_draft, &SpecDraft::failed, this, [this](const QString& message) {
        m_runAfterSave = false;
        m_problem->setText(message);
        m_problem->show();
    });
    connect(m_draft, &SpecDraft::saved, this, [this](const QString& path) {
        m_path = path;
        Q_EMIT saved(path);
        if (std::exchange(m_runAfterSave, false)) {
            Q_EMIT runRequested(path);
        }
    });
    showSpec();
    showSummary();
}

QWidget* DesignerPage::createPicking()
{
    m_runtimes = makeTable(m_draft->runtimes(), this);
    m_runtimes->setObjectName(QStringLiteral("designRuntimes"));
    m_workloads = makeTable(m_draft->workloads(), this);
    m_workloads->setObjectName(QStringLiteral("designWorkloads"));
    m_workloads->setToolTip(tr("Double-click the arguments to edit them; \"1000; 2000\" makes two entries"));
    m_scenarios = makeTable(m_draft->scenarios(), this);
    m_scenarios->setObjectName(QStringLiteral("designScenarios"));
    m_params = makeTable(m_draft->params(), this);
    m_params->setObjectName(QStringLiteral("designParams"));
    // Values are short ("4", "1, 2, 4"): the help, longer in French and German, gets the rest of the width.
    m_params->horizontalHeader()->setSectionResizeMode(ScenarioParamModel::ValueColumn, QHeaderView::ResizeToContents);
    m_params->setToolTip(tr("Double-click a value to edit it; level lists as \"1, 2, 4\" (one configuration each)"));
    connect(m_scenarios->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            m_draft->setCurrentScenario(current.siblingAtColumn(0).data(CheckListModel::IdRole).toString());
        });
    auto* scenarioPane = new QSplitter(Qt::Vertical, this);
    scenarioPane->addWidget(m_scenarios);
    scenarioPane->addWidget(m_params);
    // every kind visible at once; the parameters get the rest
    const int kinds = m_draft->scenarios()->rowCount();
    const int listHeight = (kinds + 1) * m_scenarios->verticalHeader()->defaultSectionSize() + 8;
    m_scenarios->setMinimumHeight(listHeight);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(group(tr("Runtimes"), m_runtimes, this));
    split->addWidget(group(tr("Workloads"), m_workloads, this));
    split->addWidget(group(tr("Scenarios and their parameters"), scenarioPane, this));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    return split;
}

QWidget* DesignerPage::createSettings()
{
    auto* box = new QGroupBox(tr("Runs"), this);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_repetitions = new QSpinBox(box);
    m_repetitions->setRange(1, 1000000);
    m_warmup = new QSpinBox(box);
    m_warmup->setRange(0, 10000);
    m_order = new QComboBox(box);
    m_order->addItems(SpecDraft::orderNames());
    m_seed = new QDoubleSpinBox(box);
    m_seed->setDecimals(0);
    m_seed->setRange(0, 9007199254740992.0);
    m_timeout = new QDoubleSpinBox(box);
    m_timeout->setRange(0.001, 7 * 24 * 3600.0);
    m_timeout->setSuffix(tr(" s"));
    m_cooldown = new QDoubleSpinBox(box);
    m_cooldown->setRange(0, 3600);
    m_cooldown->setSuffix(tr(" s"));
    m_cache = new QComboBox(box);
    m_cache->addItems(SpecDraft::cacheNames());
    m_cache->setToolTip(tr("cold: a fresh runtime cache for every run; warm: one cache per runtime, shared"));
    m_startDaemons = new QCheckBox(tr("Start container daemons when needed"), box);
    auto* form = new QGridLayout(box);
    const auto add = [&](int row, int col, const QString& label, QWidget* w) {
        form->addWidget(new QLabel(label, box), row, col * 2);
        form->addWidget(w, row, col * 2 + 1);
    };
    add(0, 0, tr("Repetitions:"), m_repetitions);
    add(0, 1, tr("Warm-up runs:"), m_warmup);
    add(1, 0, tr("Order:"), m_order);
    add(1, 1, tr("Seed:"), m_seed);
    add(2, 0, tr("Timeout:"), m_timeout);
    add(2, 1, tr("Cool-down:"), m_cooldown);
    add(3, 0, tr("Cache:"), m_cache);
    form->addWidget(m_startDaemons, 3, 2, 1, 2);
    connect(m_repetitions, &QSpinBox::valueChanged, m_draft, &SpecDraft::setRepetitions);
    connect(m_warmup, &QSpinBox::valueChanged, m_draft, &SpecDraft::setWarmup);
    connect(m_order, &QComboBox::currentIndexChanged, m_draft, &SpecDraft::setOrder);
    connect(m_seed, &QDoubleSpinBox::valueChanged, m_draft, &SpecDraft::setSeed);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, m_draft, &SpecDraft::setTimeout);
    connect(m_cooldown, &QDoubleSpinBox::valueChanged, m_draft, &SpecDraft::setCooldown);
    connect(m_cache, &QComboBox::currentIndexChanged, m_draft, &SpecDraft::setCache);
    connect(m_startDaemons, &QCheckBox::toggled, m_draft, &SpecDraft::setStartDaemons);
    return box;
}

QWidget* DesignerPage::createFactors()
{
    auto* box = new QGroupBox(tr("User factors (each level runs its setup before and teardown after its runs)"), this);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_factors = makeTable(m_draft->factors(), box);
    m_factors->setObjectName(QStringLiteral("designFactors"));
    m_factors->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_factors->horizontalHeader()->setSectionResizeMode(FactorTableModel::FactorColumn, QHeaderView::Interactive);
    m_factors->horizontalHeader()->setSectionResizeMode(FactorTableModel::LevelColumn, QHeaderView::Interactive);
    m_factors->setMaximumHeight(7 * m_factors->verticalHeader()->defaultSectionSize());
    m_factors->setToolTip(tr("Commands are argv, not shell: one command per ';', arguments separated by spaces"));
    auto* add = new QPushButton(tr("Add level"), box);
    auto* remove = new QPushButton(tr("Remove level"), box);
    connect(add, &QPushButton::clicked, m_draft->factors(), &FactorTableModel::addRow);
    connect(remove, &QPushButton::clicked, this,
        [this] { m_draft->factors()->removeRow(m_factors->currentIndex().row()); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* l = new QHBoxLayout(box);
    l->addWidget(m_factors, 1);
    l->addLayout(buttons);
    return box;
}

QWidget* DesignerPage::createFooter()
{
    auto* footer = new QWidget(this);
    m_runCount = new QLabel(footer);
    m_runCount->setObjectName(QStringLiteral("designRunCount"));
    m_estimate = new QLabel(footer);
    m_estimate->setObjectName(QStringLiteral("designEstimate"));
    m_estimate->setWordWrap(true);
    m_problem = new QLabel(footer);
    m_problem->setObjectName(QStringLiteral("designProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* open = new QPushButton(tr("Open…"), footer);
    auto* save = new QPushButton(tr("Save…"), footer);
    m_run = new QPushButton(tr("Run"), footer);
    m_run->setObjectName(QStringLiteral("designRun"));
    m_run->setToolTip(tr("Save the design and run it (the same file runs with runbench-cli run)"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Open experiment"), m_path, tr("Experiment specs (*.json)"));
        if (!f.isEmpty()) {
            openFrom(f);
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getSaveFileName(this, tr("Save experiment"), m_path, tr("Experiment specs (*.json)"));
        if (!f.isEmpty()) {
            saveTo(f);
        }
    });
    connect(m_run, &QPushButton::clicked, this, &DesignerPage::run);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_runCount, 1);
    buttons->addWidget(open);
    buttons->addWidget(save);
    buttons->addWidget(m_run);
    auto* l = new QVBoxLayout(footer);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_problem);
    l->addWidget(m_estimate);
    l->addLayout(buttons);
    return footer;
}

void DesignerPage::setInstallation(std::shared_ptr<const Installation> installation)
{
    m_draft->setInstallation(std::move(installation));
    m_runtimes->resizeColumnToContents(0);
    m_workloads->resizeColumnToContents(0);
}

void DesignerPage::saveTo(const QString& path)
{
    m_draft->save(path);
}

void DesignerPage::openFrom(const QString& path)
{
    m_draft->open(path);
}

void DesignerPage::run()
{
    QString path = m_path;
    if (path.isEmpty()) {
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/designs");
        QDir().mkpath(dir);
        QString file = m_draft->spec().name;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
        path = dir + QLatin1Char('/') + (file.isEmpty() ? QStringLiteral("design") : file) + QStringLiteral(".json");
    }
    m_runAfterSave = true;
    saveTo(path);
}

void DesignerPage::showSpec()
{
    const ExperimentSpec& s = m_draft->spec();
    const QSignalBlocker b[] = { QSignalBlocker(m_repetitions), QSignalBlocker(m_warmup), QSignalBlocker(m_order),
        QSignalBlocker(m_seed), QSignalBlocker(m_timeout), QSignalBlocker(m_cooldown), QSignalBlocker(m_cache),
        QSignalBlocker(m_startDaemons) };
    m_name->setText(s.name);
    m_description->setText(s.description);
    m_repetitions->setValue(s.repetitions);
    m_warmup->setValue(s.warmup);
    m_order->setCurrentIndex(int(s.order));
    m_seed->setValue(double(s.seed));
    m_timeout->setValue(s.timeoutS);
    m_cooldown->setValue(s.cooldownS);
    m_cache->setCurrentIndex(s.cache == CachePolicy::Warm ? 1 : 0);
    m_startDaemons->setChecked(s.startDaemons);
    const int row = m_draft->scenarios()->rowOf(m_draft->currentScenario());
    if (row >= 0) {
        m_scenarios->setCurrentIndex(m_draft->scenarios()->index(row, 0));
    }
}

void DesignerPage::showSummary()
{
    const DraftSummary& s = m_draft->summary();
    const ExperimentSpec& spec = m_draft->spec();
    // A new draft is not a mistake: until something is picked in each list, say what to do, not what is wrong.
    const bool blank = spec.runtimes.isEmpty() || spec.workloads.isEmpty() || spec.scenarios.isEmpty();
    m_problem->setText(s.error);
    m_problem->setVisible(!s.error.isEmpty() && !blank);
    m_run->setEnabled(s.error.isEmpty());
    if (blank && !s.error.isEmpty()) {
        m_runCount->setText(tr("Runs: — pick at least one runtime, one workload and one scenario"));
        m_estimate->clear();
        return;
    }
    if (!s.parsed) {
        m_runCount->setText(tr("Runs: — (fix the problem above)"));
        m_estimate->clear();
        return;
    }
    m_runCount->setText(tr("Runs: %1 (%2 measured, %3 warm-up)").arg(s.runs).arg(s.measured).arg(s.runs - s.measured));
    QString text = tr("Estimated duration: about %1, at most %2 if every run reaches its timeout. This is an estimate: "
                      "it assumes %3 s per start and adds the load durations, warm-up phases, settle times and "
                      "cool-downs the spec sets; slow runtimes (containers, AOT compilation) take longer.")
                       .arg(formatDuration(s.estimate.seconds), formatDuration(s.estimate.worstSeconds))
                       .arg(kAssumedStartS);
    if (!s.excluded.isEmpty()) {
        text += QLatin1Char(' ') + tr("Left out as unsuited: %1.").arg(s.excluded.join(QStringLiteral(", ")));
    }
    m_estimate->setText(text);
}

} // namespace rb::ui
