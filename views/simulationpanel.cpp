#include "simulationpanel.h"

#include "explaintext.h"
#include "findingtext.h"

#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "contextkeyeditor.h"
#include "contextkeysmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "preferences.h"
#include "stayopenmenu.h"
#include "whyview.h"

#include "data/secretsmanager.h"

#include <QFontDatabase>
#include <QAbstractProxyModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace views {

QString SimulationPanel::exampleSecretArn()
{
    return QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:example-AbCdEf");
}

SimulationPanel::SimulationPanel(EditorController *controller, JsonEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_editor(editor)
    , m_changesModel(new model::AccessDiffModel(this))
    , m_session(new model::SimulationSession(this))
{
    // The chosen actions: the preferred defaults that are offered, else GetSecretValue.
    const QStringList offered = availableActions();
    for (const QString &action : model::Preferences::instance().defaultActions()) {
        if (offered.contains(action) && !m_chosen.contains(action))
            m_chosen << action;
    }
    if (m_chosen.isEmpty()) {
        m_chosen << QString::fromLatin1(engine::sim::defaultAction.data(),
                                        static_cast<qsizetype>(engine::sim::defaultAction.size()));
    }
    m_actionsButton = new QToolButton;
    m_actionsButton->setPopupMode(QToolButton::InstantPopup);
    m_actionsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actionsButton->setToolTip(tr("The actions shown: one table each"));
    m_actionsButton->setAccessibleName(tr("Actions"));
    auto *actionsMenu = new StayOpenMenu(m_actionsButton); // tick several in one go
    for (const QString &action : offered) {
        QAction *item = actionsMenu->addAction(action);
        item->setCheckable(true);
        item->setChecked(m_chosen.contains(action));
        connect(item, &QAction::toggled, this, [this, action](bool shown) {
            if (!setActionShown(action, shown))
                updateActionsButton(); // the last action stays: re-check it
        });
    }
    m_actionsButton->setMenu(actionsMenu);
    auto *actionLabel = new QLabel(tr("&Actions:"));
    actionLabel->setBuddy(m_actionsButton);

    m_arnLabel = new QLabel;
    m_arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arnLabel->setWordWrap(true);
    m_staleLabel = new QLabel(tr("Stale: the text does not parse; showing the last results"));
    m_staleLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    // Wrapped, so that showing it never widens the window beyond the screen.
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setVisible(false);
    m_skippedLabel = new QLabel(tr("Not computed: the policy is longer than AWS's limit of "
                                   "20,480 characters, which AWS refuses"));
    m_skippedLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_skippedLabel->setWordWrap(true);
    m_skippedLabel->setVisible(false);
    m_computeAnyway = new QPushButton(tr("Compute &Anyway"));
    m_computeAnyway->setToolTip(tr("Compute the matrix of this policy although AWS would refuse "
                                   "it: a large policy can take a while, on a worker"));
    m_computeAnyway->setVisible(false);
    connect(m_computeAnyway, &QPushButton::clicked, this, [this] {
        m_pastLimit = true;
        recompute();
    });
    // Another document: the results shown belong to the last one, never to be shown greyed.
    connect(m_controller, &EditorController::documentStarted, this, [this] {
        m_pastLimit = false;
        m_session->clear();
    });
    m_computingLabel = new QLabel(tr("Computing…"));
    m_computingLabel->setToolTip(tr("A larger matrix is being computed; the last one stays "
                                    "shown meanwhile"));
    m_computingLabel->setVisible(false);

    // Two rows, so that the panel stays narrower than a small screen in every language: the
    // action chooser and the buttons, then the secret and the state of the results.
    auto *top = new QHBoxLayout;
    top->addWidget(actionLabel);
    top->addWidget(m_actionsButton);
    top->addStretch(1);
    auto *state = new QHBoxLayout;
    state->addWidget(m_arnLabel, 1);
    state->addWidget(m_staleLabel, 1);
    state->addWidget(m_skippedLabel, 1);
    state->addWidget(m_computeAnyway);
    state->addWidget(m_computingLabel);

    auto *exportButton = new QPushButton(tr("E&xport Matrix…"));
    exportButton->setToolTip(tr("Save the matrix as CSV, Markdown or HTML"));
    connect(exportButton, &QPushButton::clicked, this, &SimulationPanel::onExportMatrix);
    m_compareButton = new QToolButton;
    m_compareButton->setText(tr("&Compare with…"));
    m_compareButton->setToolTip(
        tr("Show which access the current text gains or loses against another policy"));
    m_compareButton->setPopupMode(QToolButton::InstantPopup);
    auto *compareMenu = new QMenu(m_compareButton);
    QAction *saved
        = compareMenu->addAction(tr("The &Saved File"), this, &SimulationPanel::onCompareWithSaved);
    connect(compareMenu, &QMenu::aboutToShow, this, [this, saved] {
        saved->setEnabled(!window()->windowFilePath().isEmpty());
    });
    compareMenu->addAction(tr("Another &Policy File…"), this, &SimulationPanel::onCompareWithFile);
    compareMenu->addAction(tr("A Pasted P&olicy…"), this, &SimulationPanel::onCompareWithPasted);
    compareMenu->addSeparator();
    compareMenu->addAction(tr("&Stop Comparing"), this, &SimulationPanel::clearComparison);
    m_compareButton->setMenu(compareMenu);
    auto *addPrincipal = new QPushButton(tr("Add &Principal…"));
    addPrincipal->setToolTip(tr("Add a row for a principal of your own, with its identity "
                                "policies"));
    connect(addPrincipal, &QPushButton::clicked, this, &SimulationPanel::onAddPrincipal);
    top->addWidget(addPrincipal);
    top->addWidget(m_compareButton);
    top->addWidget(exportButton);

    // One titled table per action, stacked in a scroll area; Tab moves between them.
    auto *tablesPage = new QWidget;
    m_tablesLayout = new QVBoxLayout(tablesPage);
    m_tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_tablesLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(tablesPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setTableCount(1);

    m_explanation = new QPlainTextEdit;
    m_explanation->setReadOnly(true);
    m_explanation->setPlaceholderText(tr("Select a cell to see why"));
    m_explanation->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Below the explanation: the statements that matched and where the others fail.
    m_why = new WhyView(controller, editor);
    connect(this, &SimulationPanel::cellDecisionChanged, m_why, &WhyView::showDecision);
    auto *explained = new QSplitter(Qt::Vertical);
    explained->addWidget(m_explanation);
    explained->addWidget(m_why);
    explained->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(explained);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 400});
    splitter->setChildrenCollapsible(false);

    auto *note = new QLabel(tr(
        "Note: only this secret policy and the identity policies you give are evaluated. AWS "
        "also applies service control policies, permissions boundaries, session policies and "
        "KMS key policies, which are not modelled here."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // The Changes tab: the cells that gain or lose access against the compared policy.
    m_changesSummary = new QLabel(tr("Not comparing: use Compare with… to see what a change "
                                     "to the policy does to access"));
    m_changesSummary->setWordWrap(true);
    m_changesTable = new QTableView;
    m_changesTable->setModel(m_changesModel);
    m_changesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changesTable->verticalHeader()->setVisible(false);
    m_changesTable->verticalHeader()->setDefaultSectionSize(m_changesTable->fontMetrics().height()
                                                            + 8);
    m_changesTable->setTextElideMode(Qt::ElideMiddle); // long session ARNs; tooltips keep them
    m_changesTable->setWordWrap(false);
    m_changesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_changesTable->horizontalHeader()->setSectionResizeMode(
        model::AccessDiffModel::PrincipalColumn, QHeaderView::Stretch);
    auto *exportChanges = new QPushButton(tr("Expor&t Changes…"));
    exportChanges->setToolTip(tr("Save the change report as CSV, Markdown or HTML"));
    connect(exportChanges, &QPushButton::clicked, this, &SimulationPanel::onExportChanges);
    auto *changesTop = new QHBoxLayout;
    changesTop->addWidget(m_changesSummary, 1);
    changesTop->addWidget(exportChanges);
    auto *changesPage = new QWidget;
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addLayout(changesTop);
    changesLayout->addWidget(m_changesTable, 1);

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("Matrix"));
    m_tabs->addTab(changesPage, tr("Changes"));
    m_contextModel = new model::ContextKeysModel(this);
    m_contextEditor = new ContextKeyEditor(m_contextModel);
    m_tabs->addTab(m_contextEditor, tr("Context"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("The request context keys the policy tests, and their values"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(state);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);

    connect(m_changesTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        showChangeInMatrix(index.row());
    });
    connect(m_controller, &EditorController::reparsed, this, [this] { recompute(); });
    connect(m_session, &model::SimulationSession::resultReady, this, &SimulationPanel::applyResult);
    connect(m_session, &model::SimulationSession::stateChanged, this,
            &SimulationPanel::updateState);
    createScenarioActions(top);
    connect(m_contextModel, &model::ContextKeysModel::contextChanged, this, [this] {
        recompute();
        emit userInputChanged();
    });

    updateActionsButton();
    updateArnLabel();
}

SimulationPanel::~SimulationPanel() = default;

QString SimulationPanel::secretArnInUse() const
{
    const QString arn = m_controller->secretArn();
    if (!arn.isEmpty())
        return arn;
    const QString preferred = model::Preferences::instance().defaultSecretArn();
    return preferred.isEmpty() ? exampleSecretArn() : preferred;
}

void SimulationPanel::showContext()
{
    m_tabs->setCurrentWidget(m_contextEditor);
}

void SimulationPanel::updateState()
{
    m_computingLabel->setVisible(isComputing());
    if (m_controller->hasParsed()) {
        m_staleLabel->setText(tr("Stale: the text does not parse; showing the last results"));
    } else if (m_controller->isAnalyzing() || m_controller->isReparsePending()) {
        m_staleLabel->setText(tr("No results yet: the policy is being analysed"));
    } else {
        m_staleLabel->setText(tr("No results: the text has not been valid JSON since it was "
                                 "opened (the banner above the JSON pane shows where it "
                                 "fails)."));
    }
    m_staleLabel->setVisible(isStale());
    m_skippedLabel->setVisible(isSkipped());
    m_computeAnyway->setVisible(isSkipped());
    setStale(!isCurrent());
}

void SimulationPanel::setStale(bool stale)
{
    for (const ActionTable &t : m_tables)
        t.model->setStale(stale);
    m_explanation->setEnabled(!stale);
    updateAddToScenarios();
    if (stale)
        emit cellDecisionChanged({});
    updateChangesSummary();
}

void SimulationPanel::updateArnLabel()
{
    const QString arn = m_controller->secretArn();
    const QString preferred = model::Preferences::instance().defaultSecretArn();
    if (arn.isEmpty() && !preferred.isEmpty()) {
        m_arnLabel->setText(tr("Secret: %1 (the default of the preferences; set this policy's "
                               "with Policy > Secret ARN...)")
                                .arg(preferred));
    } else if (arn.isEmpty()) {
        m_arnLabel->setText(tr("Secret: %1 (an example ARN; set the real one with "
                               "Policy > Secret ARN...)")
                                .arg(exampleSecretArn()));
    } else {
        m_arnLabel->setText(tr("Secret: %1").arg(arn));
    }
}

void SimulationPanel::selectCell(int row, int column)
{
    selectCell(0, row, column);
}

void SimulationPanel::selectCell(int tableIndex, int row, int column)
{
    const model::AccessMatrixModel *m = model(tableIndex);
    if (!m)
        return;
    const QModelIndex index = m->index(row, column);
    if (!index.isValid())
        return;
    const ActionTable &t = m_tables[static_cast<std::size_t>(tableIndex)];
    const QModelIndex proxyIndex = t.proxy->mapFromSource(index);
    t.view->setCurrentIndex(proxyIndex);
    onCellClicked(tableIndex, proxyIndex);
}

void SimulationPanel::onCurrentChanged(int tableIndex, const QModelIndex &current)
{
    // One current cell in all the tables: selecting in one clears the others. Their own
    // "no current cell" that follows is not an explanation to clear.
    if (!current.isValid() && tableIndex != m_currentTable)
        return;
    if (current.isValid() && tableIndex != m_currentTable) {
        const int previous = m_currentTable;
        m_currentTable = tableIndex;
        if (QTableView *view = table(previous))
            view->selectionModel()->clear();
    }
    updateAddToScenarios();
    const model::AccessMatrixModel *m = model(tableIndex);
    const engine::sim::Cell *cell = m ? m->cellAt(current) : nullptr;
    if (!cell) {
        m_explanation->clear();
        emit cellDecisionChanged({});
        return;
    }
    // A stale matrix's spans belong to older text: explain it, mark nothing.
    emit cellDecisionChanged(m_session->policy() && isCurrent()
                                ? decideCell(*m_session->policy(), *m, current)
                                                  : CellDecision{});
    using Model = model::AccessMatrixModel;
    QStringList lines;
    lines << tr("%1 → %2 (%3)")
                 .arg(m->headerData(current.row(), Qt::Vertical).toString(),
                      // The matrix's own action: the chooser may differ while stale.
                      m->actionName(),
                      m->headerData(current.column(), Qt::Horizontal).toString());
    lines << tr("Effective decision: %1").arg(Model::outcomeText(cell->effectiveDecision));
    lines << tr("Secret policy's decision: %1").arg(Model::outcomeText(cell->decision));
    lines << tr("Why: %1").arg(
        model::ExplainText::explanation(QString::fromStdString(cell->explain.get())));
    if (cell->matched.empty()) {
        lines << tr("Matched statements: none");
    } else {
        QStringList matched;
        for (const engine::MatchedStatement &ms : cell->matched) {
            const QString effect = ms.effect == engine::Effect::Allow ? tr("Allow") : tr("Deny");
            matched << (ms.sid ? tr("#%1 %2 (Sid %3)")
                                     .arg(ms.index)
                                     .arg(effect, QString::fromStdString(*ms.sid))
                               : tr("#%1 %2").arg(ms.index).arg(effect));
        }
        lines << tr("Matched statements: %1").arg(matched.join(QStringLiteral(", ")));
    }
    for (const std::string &w : cell->warnings.get())
        lines
            << tr("Warning: %1").arg(model::FindingText::simulationText(QString::fromStdString(w)));
    lines << QString() << tr("Request (for secret-policy eval):")
          << current.data(Model::RequestJsonRole).toString();
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
}

void SimulationPanel::onCellClicked(int tableIndex, const QModelIndex &proxyIndex)
{
    const model::AccessMatrixModel *m = model(tableIndex);
    if (!m)
        return;
    const ActionTable &t = m_tables[static_cast<std::size_t>(tableIndex)];
    const engine::sim::Cell *cell = m->cellAt(t.proxy->mapToSource(proxyIndex));
    if (!cell || cell->matched.empty() || !isCurrent() || !m_session->policy())
        return;
    const auto &statements = m_session->policy()->policy().statements;
    const int first = cell->matched.front().index;
    if (first < 0 || static_cast<std::size_t>(first) >= statements.size())
        return;
    const engine::Span &span = statements[static_cast<std::size_t>(first)].span;
    m_controller->goToSpan(span.begin.offset, span.end.offset);
}

} // namespace views
