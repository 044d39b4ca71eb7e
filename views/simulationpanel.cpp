#include "simulationpanel.h"

#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"
#include "whyview.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"
#include "sim/derive.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace views {

namespace {

// Elides long principal labels (session ARNs) in the middle, so that the stages stay in view;
// the row's tooltip keeps the whole label. (Qt 6.4's headers clip instead of eliding.)
class ElidingHeaderProxy : public QIdentityProxyModel
{
public:
    ElidingHeaderProxy(const QWidget *view, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {}
    int maxWidth = 300;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        const QVariant value = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Vertical || role != Qt::DisplayRole)
            return value;
        QFont font = m_view->font();
        font.setBold(true); // the current row's label is bold
        return QFontMetrics(font).elidedText(value.toString(), Qt::ElideMiddle, maxWidth);
    }

private:
    const QWidget *m_view; // not owned
};

} // namespace

QString SimulationPanel::exampleSecretArn()
{
    return QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:example-AbCdEf");
}

SimulationPanel::SimulationPanel(EditorController *controller, JsonEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_editor(editor)
    , m_model(new model::AccessMatrixModel(this))
    , m_changesModel(new model::AccessDiffModel(this))
{
    m_actions = new QComboBox;
    m_actions->setToolTip(tr("The action every cell's request calls"));
    for (const engine::data::ActionInfo &info : engine::data::actions()) {
        if (!info.takesSecret)
            continue;
        m_actions->addItem(
            QStringLiteral("secretsmanager:")
            + QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size())));
    }
    m_actions->setCurrentText(
        QString::fromLatin1(engine::sim::defaultAction.data(),
                            static_cast<qsizetype>(engine::sim::defaultAction.size())));
    auto *actionLabel = new QLabel(tr("&Action:"));
    actionLabel->setBuddy(m_actions);

    m_arnLabel = new QLabel;
    m_arnLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arnLabel->setWordWrap(true);
    m_staleLabel = new QLabel(tr("Stale: the text does not parse; showing the last results"));
    m_staleLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_staleLabel->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(actionLabel);
    top->addWidget(m_actions);
    top->addWidget(m_arnLabel, 1);
    top->addWidget(m_staleLabel);

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

    m_table = new QTableView;
    auto *proxy = new ElidingHeaderProxy(m_table, this);
    proxy->maxWidth = m_table->fontMetrics().horizontalAdvance(
        QStringLiteral("arn:aws:iam::123456789012:role/Ab"));
    proxy->setSourceModel(m_model);
    m_proxy = proxy;
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Narrow columns that wrap ("Unknown · policy: / Denied (implicit)") and principal labels
    // elided in the middle (the tooltip has the whole ARN): four stages fit beside the
    // explanation.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(
        m_table->fontMetrics().horizontalAdvance(tr("Unknown · policy:")) + 48);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

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
    splitter->addWidget(m_table);
    splitter->addWidget(explained);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({860, 400});
    splitter->setChildrenCollapsible(false);

    auto *note = new QLabel(tr(
        "Note: only this secret policy and the identity policies you give are evaluated: service "
        "control policies, permissions boundaries, session policies and KMS key policies "
        "are not modelled (evaluation.md §4.5)."));
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(note);

    connect(m_actions, &QComboBox::currentTextChanged, this, [this] { recompute(); });
    connect(
        m_table->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        [this](const QModelIndex &current) { onCurrentChanged(m_proxy->mapToSource(current)); });
    connect(m_table, &QTableView::clicked, this, &SimulationPanel::onCellClicked);
    connect(m_changesTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        showChangeInMatrix(index.row());
    });
    connect(m_controller, &EditorController::reparsed, this, &SimulationPanel::recompute);
    createScenarioActions(top);

    updateArnLabel();
}

SimulationPanel::~SimulationPanel() = default;

QString SimulationPanel::secretArnInUse() const
{
    const QString arn = m_controller->secretArn();
    return arn.isEmpty() ? exampleSecretArn() : arn;
}

QString SimulationPanel::action() const
{
    return m_actions->currentText();
}

bool SimulationPanel::setAction(const QString &action)
{
    const int at = m_actions->findText(action);
    if (at < 0)
        return false;
    m_actions->setCurrentIndex(at);
    return true;
}

void SimulationPanel::recompute()
{
    updateArnLabel();
    const std::string_view text = m_editor->textView();
    engine::PolicyReadResult read = engine::readPolicyText(text);
    if (!read.policy) {
        setStale(true);
        return;
    }
    // Keep the selected cell across the reset by its principal and stage labels.
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const QString rowKey = current.isValid()
                               ? m_model->headerData(current.row(), Qt::Vertical).toString()
                               : QString();
    const QString columnKey = current.isValid()
                                  ? m_model->headerData(current.column(), Qt::Horizontal).toString()
                                  : QString();

    QElapsedTimer clock;
    clock.start();
    const std::string arn = secretArnInUse().toStdString();
    engine::sim::MatrixSetup setup
        = engine::sim::deriveSetup(*read.policy, arn, {action().toStdString()});
    addUserPrincipals(setup.principals);
    auto compiled = std::make_unique<engine::CompiledPolicy>(std::move(*read.policy));
    engine::sim::Matrix matrix = engine::sim::computeMatrix(*compiled, std::move(setup), 1);
    m_lastMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

    m_policy = std::move(compiled);
    m_model->setMatrix(std::move(matrix));
    setStale(false);
    if (m_baseline)
        recomputeChanges(*m_policy);

    int row = -1;
    int column = -1;
    for (int r = 0; r < m_model->rowCount() && !rowKey.isEmpty(); ++r) {
        if (m_model->headerData(r, Qt::Vertical).toString() == rowKey)
            row = r;
    }
    for (int c = 0; c < m_model->columnCount() && !columnKey.isEmpty(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal).toString() == columnKey)
            column = c;
    }
    if (row >= 0 && column >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, column)));
    else
        onCurrentChanged({});
}

void SimulationPanel::setStale(bool stale)
{
    m_stale = stale;
    m_model->setStale(stale);
    m_staleLabel->setVisible(stale);
    m_explanation->setEnabled(!stale);
    if (stale)
        emit cellDecisionChanged({});
    updateChangesSummary();
}

void SimulationPanel::updateArnLabel()
{
    const QString arn = m_controller->secretArn();
    if (arn.isEmpty()) {
        m_arnLabel->setText(tr("Secret: %1 (an example ARN; set the real one with "
                               "Policy > Secret ARN...)")
                                .arg(exampleSecretArn()));
    } else {
        m_arnLabel->setText(tr("Secret: %1").arg(arn));
    }
}

void SimulationPanel::selectCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(index));
    onCellClicked(m_proxy->mapFromSource(index));
}

void SimulationPanel::onCurrentChanged(const QModelIndex &current)
{
    const engine::sim::Cell *cell = m_model->cellAt(current);
    if (!cell) {
        m_explanation->clear();
        emit cellDecisionChanged({});
        return;
    }
    // A stale matrix's spans belong to older text: explain it, mark nothing.
    emit cellDecisionChanged(m_policy && !m_stale ? decideCell(*m_policy, *m_model, current)
                                                  : CellDecision{});
    using Model = model::AccessMatrixModel;
    QStringList lines;
    lines << tr("%1 → %2 (%3)")
                 .arg(m_model->headerData(current.row(), Qt::Vertical).toString(),
                      // The matrix's own action: the chooser may differ while stale.
                      QString::fromStdString(
                          m_model->matrix().setup.actions.at(m_model->actionIndex())),
                      m_model->headerData(current.column(), Qt::Horizontal).toString());
    lines << tr("Effective decision: %1").arg(Model::outcomeText(cell->effectiveDecision));
    lines << tr("Secret policy's decision: %1").arg(Model::outcomeText(cell->decision));
    lines << tr("Why: %1").arg(QString::fromStdString(cell->explain.get()));
    if (cell->matched.empty()) {
        lines << tr("Matched statements: none");
    } else {
        QStringList matched;
        for (const engine::MatchedStatement &m : cell->matched) {
            const QString effect = m.effect == engine::Effect::Allow ? tr("Allow") : tr("Deny");
            matched << (m.sid ? tr("#%1 %2 (Sid %3)")
                                    .arg(m.index)
                                    .arg(effect, QString::fromStdString(*m.sid))
                              : tr("#%1 %2").arg(m.index).arg(effect));
        }
        lines << tr("Matched statements: %1").arg(matched.join(QStringLiteral(", ")));
    }
    for (const std::string &w : cell->warnings.get())
        lines << tr("Warning: %1").arg(QString::fromStdString(w));
    lines << QString() << tr("Request (for secret-policy eval):")
          << current.data(Model::RequestJsonRole).toString();
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
}

void SimulationPanel::onCellClicked(const QModelIndex &proxyIndex)
{
    const engine::sim::Cell *cell = m_model->cellAt(m_proxy->mapToSource(proxyIndex));
    if (!cell || cell->matched.empty() || m_stale || !m_policy)
        return;
    const auto &statements = m_policy->policy().statements;
    const int first = cell->matched.front().index;
    if (first < 0 || static_cast<std::size_t>(first) >= statements.size())
        return;
    const engine::Span &span = statements[static_cast<std::size_t>(first)].span;
    m_controller->goToSpan(span.begin.offset, span.end.offset);
}

} // namespace views
