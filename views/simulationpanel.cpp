#include "simulationpanel.h"

#include "accessdiffmodel.h"
#include "accessmatrixmodel.h"
#include "editorcontroller.h"
#include "jsoneditor.h"

#include "data/secretsmanager.h"
#include "policy/policyreader.h"
#include "sim/derive.h"
#include "sim/policydiff.h"
#include "sim/report.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

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

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explanation);
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
    updateChangesSummary();
}

std::optional<engine::sim::ReportFormat> SimulationPanel::reportFormatFor(const QString &path)
{
    using engine::sim::ReportFormat;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    if (suffix == QLatin1String("txt"))
        return ReportFormat::Text;
    return std::nullopt;
}

bool SimulationPanel::writeReport(const QString &path,
                                  const std::string &text,
                                  QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool SimulationPanel::exportMatrix(const QString &path, QString *error) const
{
    const std::optional<engine::sim::ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = tr("Unknown report format for %1: use .csv, .md or .html").arg(path);
        return false;
    }
    if (m_model->matrix().cells.empty()) {
        if (error)
            *error = tr("There is no matrix to export: the text has never parsed");
        return false;
    }
    return writeReport(path, engine::sim::formatMatrix(m_model->matrix(), *format), error);
}

bool SimulationPanel::exportChanges(const QString &path, QString *error) const
{
    const std::optional<engine::sim::ReportFormat> format = reportFormatFor(path);
    if (!format) {
        if (error)
            *error = tr("Unknown report format for %1: use .csv, .md or .html").arg(path);
        return false;
    }
    if (!m_changesModel->hasDiff()) {
        if (error)
            *error = tr("There is no change report: compare with another policy first");
        return false;
    }
    return writeReport(path, engine::sim::formatDiff(m_changesModel->diff(), *format), error);
}

bool SimulationPanel::compareWithText(const QByteArray &before, const QString &name, QString *error)
{
    engine::PolicyReadResult read = engine::readPolicyText(
        std::string_view(before.constData(), static_cast<std::size_t>(before.size())));
    if (!read.policy) {
        if (error)
            *error = tr("%1 is not a valid policy").arg(name);
        return false;
    }
    m_baseline = std::make_unique<engine::CompiledPolicy>(std::move(*read.policy));
    m_baselineName = name;
    if (m_policy && !m_stale)
        recomputeChanges(*m_policy);
    else
        updateChangesSummary();
    return true;
}

bool SimulationPanel::compareWithFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return compareWithText(file.readAll(), QFileInfo(path).fileName(), error);
}

void SimulationPanel::clearComparison()
{
    m_baseline.reset();
    m_baselineName.clear();
    m_changesModel->clear();
    updateChangesSummary();
}

void SimulationPanel::showChanges()
{
    m_tabs->setCurrentIndex(1);
}

bool SimulationPanel::showChangeInMatrix(int row)
{
    using Diff = model::AccessDiffModel;
    const auto text
        = [this, row](int column) { return m_changesModel->index(row, column).data().toString(); };
    if (row < 0 || row >= m_changesModel->rowCount() || !setAction(text(Diff::ActionColumn)))
        return false;
    const QString principal = text(Diff::PrincipalColumn);
    const QString stage = text(Diff::StageColumn);
    int matrixRow = -1;
    int matrixColumn = m_model->columnCount() > 0 ? 0 : -1; // "(any)": the first column
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->headerData(r, Qt::Vertical).toString() == principal)
            matrixRow = r;
    }
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_model->headerData(c, Qt::Horizontal).toString() == stage)
            matrixColumn = c;
    }
    if (matrixRow < 0 || matrixColumn < 0)
        return false;
    m_tabs->setCurrentIndex(0);
    selectCell(matrixRow, matrixColumn);
    return true;
}

void SimulationPanel::recomputeChanges(const engine::CompiledPolicy &current)
{
    const std::string arn = secretArnInUse().toStdString();
    engine::sim::MatrixSetup setup = engine::sim::diffSetup(
        m_baseline->policy(), current.policy(), arn, engine::sim::secretActions());
    addUserPrincipals(setup.principals);
    m_changesModel->setDiff(engine::sim::diffPolicies(*m_baseline, current, std::move(setup)));
    // Every column fits its contents; the principal column takes the rest of the width and
    // elides long session ARNs in the middle, so that the change column stays in view.
    m_changesTable->resizeColumnsToContents();
    updateChangesSummary();
}

void SimulationPanel::updateChangesSummary()
{
    if (!m_changesSummary)
        return;
    if (!m_baseline) {
        m_changesSummary->setText(tr("Not comparing: use Compare with… to see what a change "
                                     "to the policy does to access"));
        return;
    }
    QString text = tr("Compared with %1: %2").arg(m_baselineName, m_changesModel->summary());
    if (m_stale)
        text += tr(" (stale: the text does not parse)");
    m_changesSummary->setText(text);
}

void SimulationPanel::onExportMatrix()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Matrix"), QString(), tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMatrix(path, &error))
        QMessageBox::warning(this, tr("Export Matrix"), error);
}

void SimulationPanel::onExportChanges()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Changes"), QString(), tr("CSV (*.csv);;Markdown (*.md);;HTML (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChanges(path, &error))
        QMessageBox::warning(this, tr("Export Changes"), error);
}

bool SimulationPanel::compareWithSaved(QString *error)
{
    const QString path = window()->windowFilePath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (error)
            *error = tr("The document has not been saved to a file yet.");
        return false;
    }
    if (!compareWithFile(path, error))
        return false;
    m_baselineName = tr("the saved file %1").arg(QFileInfo(path).fileName());
    updateChangesSummary();
    return true;
}

void SimulationPanel::onCompareWithSaved()
{
    QString error;
    if (!compareWithSaved(&error)) {
        QMessageBox::information(this, tr("Compare with the Saved File"), error);
        return;
    }
    showChanges();
}

bool SimulationPanel::addPrincipal(const QString &principal,
                                   const QStringList &identityPolicies,
                                   QString *error)
{
    // Validate now against the ARN in use; the row itself is rebuilt on every recompute.
    const std::string arn = secretArnInUse().toStdString();
    engine::Result<engine::sim::SimPrincipal> parsed
        = engine::sim::parsePrincipal(principal.trimmed().toStdString(), arn);
    if (parsed && !identityPolicies.isEmpty()) {
        std::vector<std::string> texts;
        for (const QString &text : identityPolicies)
            texts.push_back(text.toStdString());
        parsed = engine::sim::withIdentityPolicies(std::move(parsed.value()), texts);
    }
    if (!parsed) {
        if (error)
            *error = QString::fromStdString(parsed.error().message);
        return false;
    }
    m_added.push_back({principal.trimmed(), identityPolicies});
    recompute();
    return true;
}

void SimulationPanel::clearAddedPrincipals()
{
    m_added.clear();
    recompute();
}

void SimulationPanel::addUserPrincipals(std::vector<engine::sim::SimPrincipal> &principals) const
{
    if (m_added.empty())
        return;
    const std::string arn = secretArnInUse().toStdString();
    for (const AddedPrincipal &added : m_added) {
        engine::Result<engine::sim::SimPrincipal> parsed
            = engine::sim::parsePrincipal(added.principal.toStdString(), arn);
        if (parsed && !added.identityPolicies.isEmpty()) {
            std::vector<std::string> texts;
            for (const QString &text : added.identityPolicies)
                texts.push_back(text.toStdString());
            parsed = engine::sim::withIdentityPolicies(std::move(parsed.value()), texts);
        }
        if (!parsed)
            continue; // checked when added
        engine::sim::SimPrincipal &row = parsed.value();
        auto known = std::find_if(
            principals.begin(), principals.end(), [&](const engine::sim::SimPrincipal &p) {
                return p.principal == row.principal;
            });
        if (known == principals.end()) {
            principals.push_back(std::move(row));
        } else if (row.identityPolicies) {
            known->identityPolicies = std::move(row.identityPolicies);
            known->identityPolicyJson = std::move(row.identityPolicyJson);
        }
    }
    engine::sim::orderPrincipals(principals);
}

void SimulationPanel::onAddPrincipal()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Principal"));
    auto *principal = new QLineEdit;
    principal->setPlaceholderText(tr("arn:aws:iam::444455556666:role/Reader"));
    auto *policies = new QPlainTextEdit;
    policies->setPlaceholderText(tr("Optional: the principal's identity policy as JSON. "
                                    "Without it, answers that depend on it are Unknown."));
    policies->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Principal:"), principal);
    form->addRow(tr("&Identity policy:"), policies);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString text = policies->toPlainText().trimmed();
        QString error;
        if (addPrincipal(
                principal->text(), text.isEmpty() ? QStringList() : QStringList{text}, &error)) {
            dialog.accept();
        } else {
            QMessageBox::warning(&dialog, tr("Add Principal"), error);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(560, 360);
    dialog.exec();
}

void SimulationPanel::onCompareWithPasted()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this,
                                                        tr("Compare with a Pasted Policy"),
                                                        tr("The policy to compare with (JSON):"),
                                                        QString(),
                                                        &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString error;
    if (!compareWithText(text.toUtf8(), tr("the pasted policy"), &error)) {
        QMessageBox::warning(this, tr("Compare with a Pasted Policy"), error);
        return;
    }
    showChanges();
}

void SimulationPanel::onCompareWithFile()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Compare with a Policy File"),
                                                      QFileInfo(window()->windowFilePath()).path(),
                                                      tr("Policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!compareWithFile(path, &error)) {
        QMessageBox::warning(this, tr("Compare with a Policy File"), error);
        return;
    }
    showChanges();
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
        return;
    }
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
