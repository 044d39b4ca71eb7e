#include "scenariospanel.h"

#include "explaintext.h"
#include "findingtext.h"

#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "requestclipboard.h"
#include "scenariosmodel.h"

#include "eval/evaluator.h"
#include "policy/policyreader.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <tuple>

namespace views {

namespace {

using Model = model::ScenariosModel;

QString scenarioFilter()
{
    return ScenariosPanel::tr("Scenarios (*.jsonl);;All files (*)");
}

} // namespace

ScenariosPanel::ScenariosPanel(EditorController *controller, JsonEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_editor(editor)
    , m_model(new Model(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_summary = new QLabel;
    m_summary->setAccessibleName(tr("Scenario results"));
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold"));
    // Both wrap, so that long texts (and translations) never widen the window.
    m_summary->setWordWrap(true);
    m_staleLabel = new QLabel(tr("Stale: the text does not parse; showing the last results"));
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setVisible(false);
    m_failuresOnly = new QCheckBox(tr("&Failures only"));
    m_failuresOnly->setToolTip(tr("Show only failed scenarios and invalid lines"));
    auto *load = new QPushButton(tr("&Load…"));
    load->setToolTip(tr("Open a scenario file (JSON Lines)"));
    auto *save = new QPushButton(tr("&Save"));
    save->setToolTip(tr("Save the scenarios next to the policy"));
    auto *saveAs = new QPushButton(tr("Save &As…"));
    connect(load, &QPushButton::clicked, this, &ScenariosPanel::onLoad);
    connect(save, &QPushButton::clicked, this, &ScenariosPanel::onSave);
    connect(saveAs, &QPushButton::clicked, this, &ScenariosPanel::onSaveAs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_staleLabel);
    top->addWidget(m_failuresOnly);
    top->addWidget(load);
    top->addWidget(save);
    top->addWidget(saveAs);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Model::SortRole);
    m_proxy->setFilterRole(Model::StatusRole);
    m_proxy->setFilterKeyColumn(Model::StatusColumn);
    m_table = new QTableView;
    m_table->setAccessibleName(tr("Scenarios"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Model::StatusColumn, Qt::AscendingOrder); // failures first
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(
        Model::StatusColumn,
        m_table->fontMetrics().horizontalAdvance(Model::statusText(Model::Status::Unchecked)) + 48);
    // Long ARNs are elided in the middle (the tooltip and the explanation have them whole), so
    // that the expected and actual answers stay in view.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(
        Model::PrincipalColumn,
        metrics.horizontalAdvance(QStringLiteral("arn:aws:iam::123456789012:r")));
    m_table->setColumnWidth(Model::ActionColumn,
                            metrics.horizontalAdvance(QStringLiteral("GetSecretValue")) + 16);
    m_table->setColumnWidth(
        Model::ContextColumn,
        metrics.horizontalAdvance(tr("stage %1").arg(QStringLiteral("AWSPREVIOUS"))) + 16);
    m_table->setColumnWidth(Model::ExpectedColumn,
                            metrics.horizontalAdvance(tr("Unknown · policy: Denied (implicit)"))
                                + 16);

    m_explanation = new QPlainTextEdit;
    m_explanation->setReadOnly(true);
    m_explanation->setAccessibleName(tr("Scenario explanation"));
    m_explanation->setPlaceholderText(tr("Select a scenario to see why it passed or failed"));
    m_explanation->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explanation->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_goButton = new QPushButton(tr("&Go to Statement"));
    m_goButton->setToolTip(tr("Select the statement that decided the scenario in the text"));
    m_acceptButton = new QPushButton(tr("E&xpect Current Result"));
    m_acceptButton->setToolTip(
        tr("Make the policy's current answer the expected one (the context menu sets each "
           "expected decision by hand)"));
    m_deleteButton = new QPushButton(tr("&Delete Scenario"));
    m_deleteButton->setToolTip(tr("Remove the selected scenario (Delete)"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_goButton);
    rowButtons->addWidget(m_acceptButton);
    rowButtons->addWidget(m_deleteButton);
    rowButtons->addStretch(1);
    connect(m_goButton, &QPushButton::clicked, this, [this] { goToStatement(currentRow()); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ScenariosPanel::onDelete);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        m_model->acceptActual(currentRow());
    });
    auto *deleteAction = new QAction(tr("Delete Scenario"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ScenariosPanel::onDelete);
    m_table->addAction(deleteAction);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({960, 300});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(rowButtons);

    connect(m_failuresOnly, &QCheckBox::toggled, this, &ScenariosPanel::setFailuresOnly);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ScenariosPanel::updateExplanation);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        goToStatement(m_proxy->mapToSource(index).row());
    });
    connect(
        m_table, &QTableView::customContextMenuRequested, this, &ScenariosPanel::showContextMenu);
    std::tie(m_copyRequest, m_copyCommand)
        = addCopyRequestActions(m_table, [this](const QModelIndex &index) {
              const QModelIndex source = m_proxy->mapToSource(index);
              return source.isValid()
                         ? m_model->index(source.row(), 0).data(Model::RequestJsonRole).toString()
                         : QString();
          });
    connect(m_model, &Model::resultsChanged, this, [this] {
        updateSummary();
        updateExplanation();
    });
    connect(m_model, &Model::modifiedChanged, this, &ScenariosPanel::updateSummary);
    connect(m_controller, &EditorController::reparsed, this, &ScenariosPanel::recompute);
    updateSummary();
    updateExplanation();
}

ScenariosPanel::~ScenariosPanel() = default;

void ScenariosPanel::recompute()
{
    // The editor's analysis of its text (one parse per edit, shared with the other panels).
    std::shared_ptr<const engine::CompiledPolicy> policy = m_controller->snapshot()->policy();
    if (!policy) {
        m_model->setStale(true);
        m_staleLabel->setVisible(true);
        m_explanation->setEnabled(false);
        updateExplanation();
        return;
    }
    m_model->setPolicy(std::move(policy));
    m_staleLabel->setVisible(false);
    m_explanation->setEnabled(true);
}

bool ScenariosPanel::isStale() const
{
    return m_model->isStale();
}

void ScenariosPanel::setPolicyPath(const QString &policyPath)
{
    m_policyPath = policyPath;
    const QString path = Model::defaultPathFor(policyPath);
    QString error;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        if (!loadFile(path, &error))
            showError(tr("Load Scenarios"), error);
        return;
    }
    m_model->clear();
    recompute();
}

QString ScenariosPanel::scenarioPath() const
{
    return m_model->path().isEmpty() ? Model::defaultPathFor(m_policyPath) : m_model->path();
}

bool ScenariosPanel::loadFile(const QString &path, QString *error)
{
    if (!m_model->load(path, error))
        return false;
    recompute();
    return true;
}

bool ScenariosPanel::save(QString *error)
{
    const QString path = scenarioPath();
    if (path.isEmpty()) {
        if (error)
            *error = tr("Save the policy first, or choose a file with Save As…");
        return false;
    }
    return m_model->save(path, error);
}

bool ScenariosPanel::saveAs(const QString &path, QString *error)
{
    return m_model->save(path, error);
}

bool ScenariosPanel::saveWithPolicy(const QString &policyPath, QString *error)
{
    if (m_policyPath != policyPath && m_model->path().isEmpty())
        m_policyPath = policyPath; // an untitled policy's scenarios follow it to its name
    if (!m_model->isModified())
        return true;
    return save(error);
}

bool ScenariosPanel::isModified() const
{
    return m_model->isModified();
}

bool ScenariosPanel::addScenario(const QString &requestLine,
                                 engine::Outcome decision,
                                 engine::Outcome effectiveDecision,
                                 QString *error)
{
    if (!m_model->addScenario(requestLine, decision, effectiveDecision, error))
        return false;
    selectScenario(m_model->rowCount() - 1);
    return true;
}

void ScenariosPanel::selectScenario(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

int ScenariosPanel::currentRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

bool ScenariosPanel::goToStatement(int row)
{
    const engine::Decision *decision = m_model->decisionAt(row);
    const engine::CompiledPolicy *policy = m_model->policy();
    if (!decision || !policy || decision->matched.empty() || m_model->isStale())
        return false;
    const auto &statements = policy->policy().statements;
    const int first = decision->matched.front().index;
    if (first < 0 || static_cast<std::size_t>(first) >= statements.size())
        return false;
    const engine::Span &span = statements[static_cast<std::size_t>(first)].span;
    m_controller->goToSpan(span.begin.offset, span.end.offset);
    return true;
}

void ScenariosPanel::setFailuresOnly(bool on)
{
    if (m_failuresOnly->isChecked() != on)
        m_failuresOnly->setChecked(on); // comes back here through toggled
    const QString pattern = QStringLiteral("^(%1|%2)$")
                                .arg(static_cast<int>(Model::Status::Failed))
                                .arg(static_cast<int>(Model::Status::Invalid));
    m_proxy->setFilterRegularExpression(on ? QRegularExpression(pattern) : QRegularExpression());
}

void ScenariosPanel::updateSummary()
{
    QString summary = m_model->summaryText();
    if (m_model->isModified())
        summary = tr("%1 (unsaved)").arg(summary);
    m_summary->setText(summary);
    const QString path = scenarioPath();
    m_summary->setToolTip(path.isEmpty() ? tr("Not saved yet") : QDir::toNativeSeparators(path));
    emit summaryChanged(summary);
}

void ScenariosPanel::updateExplanation()
{
    const int row = currentRow();
    const engine::sim::ScenarioLine *scenario = m_model->scenarioAt(row);
    const engine::Decision *decision = m_model->decisionAt(row);
    m_goButton->setEnabled(decision && !decision->matched.empty() && !m_model->isStale());
    m_deleteButton->setEnabled(scenario != nullptr);
    m_acceptButton->setEnabled(decision && !m_model->isStale()
                               && m_model->statusAt(row) != Model::Status::Passed);
    if (!scenario) {
        m_explanation->clear();
        return;
    }
    auto cell = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    const Model::Status status = m_model->statusAt(row);
    const QString message = m_model->index(row, 0).data(Model::MessageRole).toString();
    QStringList lines;
    lines << tr("Line %1: %2").arg(m_model->lineNumberAt(row)).arg(Model::statusText(status));
    if (!message.isEmpty())
        lines << message;
    if (scenario->request) {
        lines << tr("%1 → %2 (%3)")
                     .arg(cell(Model::PrincipalColumn),
                          cell(Model::ActionColumn),
                          cell(Model::ContextColumn));
        lines << tr("Resource: %1").arg(QString::fromStdString(scenario->request->resource));
        lines << tr("Expected: %1").arg(cell(Model::ExpectedColumn));
    }
    if (decision) {
        lines << tr("Actual: %1").arg(cell(Model::ActualColumn));
        lines << tr("Why: %1").arg(
            model::ExplainText::explanation(QString::fromStdString(decision->explain)));
        QStringList matched;
        for (const engine::MatchedStatement &m : decision->matched) {
            const QString effect = m.effect == engine::Effect::Allow ? tr("Allow") : tr("Deny");
            matched << (m.sid ? tr("#%1 %2 (Sid %3)")
                                    .arg(m.index)
                                    .arg(effect, QString::fromStdString(*m.sid))
                              : tr("#%1 %2").arg(m.index).arg(effect));
        }
        lines << (matched.isEmpty()
                      ? tr("Matched statements: none")
                      : tr("Matched statements: %1").arg(matched.join(QStringLiteral(", "))));
        for (const std::string &w : decision->warnings)
            lines << tr("Warning: %1")
                         .arg(model::FindingText::simulationText(QString::fromStdString(w)));
    }
    lines << QString() << tr("Line as saved:")
          << m_model->index(row, 0).data(Model::RequestJsonRole).toString();
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
}

void ScenariosPanel::fillExpectationMenu(QMenu *menu, int row, bool effective)
{
    const engine::sim::ScenarioLine *scenario = m_model->scenarioAt(row);
    std::optional<engine::Outcome> decision;
    std::optional<engine::Outcome> effectiveDecision;
    if (scenario && scenario->expect) {
        decision = scenario->expect->decision;
        effectiveDecision = scenario->expect->effectiveDecision;
    }
    const std::optional<engine::Outcome> current = effective ? effectiveDecision : decision;
    auto *group = new QActionGroup(menu);
    auto add = [&](const QString &text, std::optional<engine::Outcome> value) {
        QAction *action = menu->addAction(text, this, [=, this] {
            m_model->setExpectation(
                row, effective ? decision : value, effective ? value : effectiveDecision);
        });
        action->setCheckable(true);
        action->setChecked(current == value);
        group->addAction(action);
    };
    add(tr("Not Checked"), std::nullopt);
    for (engine::Outcome outcome : {engine::Outcome::Allowed,
                                    engine::Outcome::ExplicitlyDenied,
                                    engine::Outcome::ImplicitlyDenied,
                                    engine::Outcome::Unknown}) {
        if (!effective && outcome == engine::Outcome::Unknown)
            continue; // the policy's decision is never Unknown
        add(model::AccessMatrixModel::outcomeText(outcome), outcome);
    }
}

void ScenariosPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_proxy->mapToSource(m_table->indexAt(pos));
    if (!index.isValid())
        return;
    const int row = index.row();
    const bool valid = m_model->statusAt(row) != Model::Status::Invalid;
    m_table->setCurrentIndex(m_table->indexAt(pos));
    QMenu menu(this);
    menu.addAction(m_copyRequest);
    menu.addAction(m_copyCommand);
    menu.addSeparator();
    QAction *accept = menu.addAction(
        tr("&Expect the Current Result"), this, [this, row] { m_model->acceptActual(row); });
    accept->setEnabled(valid && m_model->decisionAt(row) && !m_model->isStale());
    QMenu *effective = menu.addMenu(tr("Expected &Effective Decision"));
    fillExpectationMenu(effective, row, true);
    effective->setEnabled(valid);
    QMenu *decision = menu.addMenu(tr("Expected &Policy Decision"));
    fillExpectationMenu(decision, row, false);
    decision->setEnabled(valid);
    menu.addSeparator();
    QAction *go = menu.addAction(tr("&Go to Statement"), this, [this, row] { goToStatement(row); });
    go->setEnabled(m_goButton->isEnabled());
    menu.addAction(tr("&Delete Scenario"), this, [this, row] { m_model->removeScenario(row); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ScenariosPanel::onLoad()
{
    const QString start = scenarioPath().isEmpty() ? QString() : QFileInfo(scenarioPath()).path();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Load Scenarios"), start, scenarioFilter());
    if (path.isEmpty())
        return;
    if (m_model->isModified()
        && QMessageBox::question(
               this, tr("Load Scenarios"), tr("The scenarios have unsaved changes. Discard them?"))
               != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!loadFile(path, &error))
        showError(tr("Load Scenarios"), error);
}

void ScenariosPanel::onSave()
{
    if (scenarioPath().isEmpty()) {
        onSaveAs();
        return;
    }
    QString error;
    if (!save(&error))
        showError(tr("Save Scenarios"), error);
}

void ScenariosPanel::onSaveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Scenarios As"), scenarioPath(), scenarioFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(path, &error))
        showError(tr("Save Scenarios"), error);
}

void ScenariosPanel::onDelete()
{
    const int row = currentRow();
    if (row >= 0)
        m_model->removeScenario(row);
}

void ScenariosPanel::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace views
