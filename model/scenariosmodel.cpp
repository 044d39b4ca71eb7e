#include "scenariosmodel.h"

#include "markicons.h"
#include "accessmatrixmodel.h"

#include "eval/evaluator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QPixmap>
#include <QSaveFile>

#ifndef NDEBUG
#include <QAbstractItemModelTester>
#endif

#include <algorithm>

namespace model {

namespace {

using engine::Outcome;
using Status = ScenariosModel::Status;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString principalText(const engine::RequestPrincipal &principal)
{
    using Form = engine::RequestPrincipal::Form;
    const QString text = fromStd(principal.text);
    switch (principal.form) {
    case Form::Arn:
        return text;
    case Form::Anonymous:
        return QStringLiteral("anonymous");
    case Form::Service:
        return QStringLiteral("Service: ") + text;
    case Form::Federated:
        return QStringLiteral("Federated: ") + text;
    case Form::CanonicalUser:
        return QStringLiteral("CanonicalUser: ") + text;
    }
    return text;
}

QString contextText(const engine::Request &request)
{
    QStringList parts;
    for (const engine::ContextEntry &entry : request.context) {
        QStringList values;
        for (const std::string &v : entry.value.values)
            values << fromStd(v);
        QString value = values.join(QStringLiteral(", "));
        if (entry.value.isList)
            value = QLatin1Char('[') + value + QLatin1Char(']');
        const QString key = fromStd(entry.key);
        if (key.compare(QLatin1String("secretsmanager:VersionStage"), Qt::CaseInsensitive) == 0)
            parts << ScenariosModel::tr("stage %1").arg(value);
        else
            parts << ScenariosModel::tr("%1=%2").arg(key, value);
    }
    if (request.identityPolicies) {
        const auto n = static_cast<int>(request.identityPolicies->size());
        parts << (n == 1 ? ScenariosModel::tr("1 identity policy")
                         : ScenariosModel::tr("%1 identity policies").arg(n));
    }
    if (parts.isEmpty())
        return ScenariosModel::tr("no context");
    return parts.join(QStringLiteral("; "));
}

// The matrix's convention: the effective decision, then the policy's when it differs.
QString outcomesText(std::optional<Outcome> decision, std::optional<Outcome> effective)
{
    if (effective && decision && *effective != *decision) {
        return ScenariosModel::tr("%1 · policy: %2")
            .arg(AccessMatrixModel::outcomeText(*effective),
                 AccessMatrixModel::outcomeText(*decision));
    }
    if (effective)
        return AccessMatrixModel::outcomeText(*effective);
    if (decision)
        return ScenariosModel::tr("policy: %1").arg(AccessMatrixModel::outcomeText(*decision));
    return {};
}

QColor statusInk(Status status)
{
    switch (status) {
    case Status::Passed:
        return QColor(34, 134, 58);
    case Status::Failed:
        return QColor(203, 36, 49);
    case Status::Invalid:
        return QColor(176, 120, 0);
    case Status::NotRun:
    case Status::Unchecked:
        return QColor(120, 120, 120);
    }
    return {};
}

// A shape per status, so that colour is never the only signal: a check, a cross, an
// exclamation mark in a triangle, a dash, an empty circle.
MarkShape statusShape(Status status)
{
    switch (status) {
    case Status::Passed:
        return MarkShape::Check;
    case Status::Failed:
        return MarkShape::Cross;
    case Status::Invalid:
        return MarkShape::Warning;
    case Status::Unchecked:
        return MarkShape::Dash;
    case Status::NotRun:
        break;
    }
    return MarkShape::Circle;
}

Status statusOf(const engine::sim::ScenarioLine &parsed,
                const std::optional<engine::Decision> &decision,
                const std::vector<std::string> &unmet)
{
    if (!parsed.request || !parsed.expectError.empty())
        return Status::Invalid;
    if (!decision)
        return Status::NotRun;
    if (!parsed.expect)
        return Status::Unchecked;
    return unmet.empty() ? Status::Passed : Status::Failed;
}

} // namespace

ScenariosModel::ScenariosModel(QObject *parent)
    : QAbstractTableModel(parent)
{
#ifndef NDEBUG
    // Misuse of the model API shows up during manual testing too.
    new QAbstractItemModelTester(this, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
#endif
}

ScenariosModel::~ScenariosModel() = default;

QString ScenariosModel::defaultPathFor(const QString &policyPath)
{
    if (policyPath.isEmpty())
        return {};
    const QFileInfo info(policyPath);
    const QString base = info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + QStringLiteral(".scenarios.jsonl"));
}

ScenariosModel::Line ScenariosModel::makeLine(std::string text) const
{
    Line line;
    line.isComment = engine::sim::isCommentOrBlankLine(text);
    if (!line.isComment)
        line.parsed = engine::sim::readScenarioLine(text);
    line.text = std::move(text);
    return line;
}

void ScenariosModel::run(Line &line) const
{
    line.decision.reset();
    line.unmet.clear();
    if (line.isComment || !m_policy || !line.parsed.request || !line.parsed.expectError.empty())
        return;
    line.decision = engine::evaluate(*m_policy, *line.parsed.request);
    if (line.parsed.expect)
        line.unmet = engine::sim::unmetExpectations(*line.parsed.expect, *line.decision);
}

bool ScenariosModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    setText(file.readAll(), QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenariosModel::setText(const QByteArray &text, const QString &path)
{
    beginResetModel();
    m_lines.clear();
    m_crlf = text.contains("\r\n");
    const QList<QByteArray> parts = text.split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i == parts.size() - 1 && part.isEmpty())
            break; // the final line break
        if (part.endsWith('\r'))
            part.chop(1);
        m_lines.push_back(makeLine(part.toStdString()));
        run(m_lines.back());
    }
    m_path = path;
    rebuildRows();
    endResetModel();
    setModified(false);
    emit resultsChanged();
}

QByteArray ScenariosModel::text() const
{
    const QByteArray eol = m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray out;
    for (const Line &line : m_lines) {
        out.append(line.text.data(), static_cast<qsizetype>(line.text.size()));
        out.append(eol);
    }
    return out;
}

bool ScenariosModel::save(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = text();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    setModified(false);
    return true;
}

void ScenariosModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_rows.clear();
    m_path.clear();
    m_crlf = false;
    endResetModel();
    setModified(false);
    emit resultsChanged();
}

bool ScenariosModel::addScenario(const QString &requestLine,
                                 std::optional<engine::Outcome> decision,
                                 std::optional<engine::Outcome> effectiveDecision,
                                 QString *error)
{
    const std::string raw = requestLine.trimmed().toStdString();
    std::optional<engine::sim::Expectation> expect;
    if (decision || effectiveDecision)
        expect = engine::sim::Expectation{decision, effectiveDecision, std::nullopt};
    const std::optional<std::string> text = engine::sim::withExpectation(raw, expect);
    Line line = makeLine(text ? *text : raw);
    if (line.isComment || !line.parsed.request || !line.parsed.expectError.empty()) {
        if (error) {
            *error = line.isComment ? tr("not a request")
                                    : fromStd(line.parsed.request ? line.parsed.expectError
                                                                  : line.parsed.error);
        }
        return false;
    }
    run(line);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_lines.push_back(std::move(line));
    m_rows.push_back(m_lines.size() - 1);
    endInsertRows();
    setModified(true);
    emit resultsChanged();
    return true;
}

bool ScenariosModel::setExpectation(int row,
                                    std::optional<engine::Outcome> decision,
                                    std::optional<engine::Outcome> effectiveDecision)
{
    Line *line = lineAt(row);
    if (!line || !line->parsed.request || !line->parsed.expectError.empty())
        return false;
    engine::sim::Expectation expect{decision, effectiveDecision, std::nullopt};
    if (line->parsed.expect)
        expect.matched = line->parsed.expect->matched;
    std::optional<engine::sim::Expectation> wanted;
    if (expect.decision || expect.effectiveDecision || expect.matched)
        wanted = expect;
    const std::optional<std::string> text = engine::sim::withExpectation(line->text, wanted);
    if (!text)
        return false;
    *line = makeLine(*text);
    run(*line);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    setModified(true);
    emit resultsChanged();
    return true;
}

bool ScenariosModel::acceptActual(int row)
{
    const engine::Decision *decision = decisionAt(row);
    if (!decision)
        return false;
    return setExpectation(row, decision->decision, decision->effectiveDecision);
}

bool ScenariosModel::removeScenario(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    beginRemoveRows({}, row, row);
    m_lines.erase(m_lines.begin()
                  + static_cast<std::ptrdiff_t>(m_rows[static_cast<std::size_t>(row)]));
    rebuildRows();
    endRemoveRows();
    if (row < rowCount()) // the line numbers below moved up
        emit dataChanged(index(row, 0), index(rowCount() - 1, ColumnCount - 1));
    setModified(true);
    emit resultsChanged();
    return true;
}

void ScenariosModel::setPolicy(std::shared_ptr<const engine::CompiledPolicy> policy)
{
    m_policy = std::move(policy);
    m_stale = false;
    for (Line &line : m_lines)
        run(line);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit resultsChanged();
}

void ScenariosModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0),
                         index(rowCount() - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::DecorationRole, Qt::ToolTipRole});
    }
}

ScenariosModel::Counts ScenariosModel::counts() const
{
    Counts counts;
    for (int row = 0; row < rowCount(); ++row) {
        ++counts.scenarios;
        switch (statusAt(row)) {
        case Status::Passed:
            ++counts.passed;
            break;
        case Status::Failed:
            ++counts.failed;
            break;
        case Status::Invalid:
            ++counts.invalid;
            break;
        case Status::Unchecked:
            ++counts.unchecked;
            break;
        case Status::NotRun:
            ++counts.notRun;
            break;
        }
    }
    return counts;
}

QString ScenariosModel::summaryText() const
{
    const Counts c = counts();
    if (c.scenarios == 0)
        return tr("No scenarios: add cells from the matrix or load a scenario file");
    QStringList parts;
    parts << tr("%1 passed").arg(c.passed) << tr("%1 failed").arg(c.failed);
    if (c.invalid > 0)
        parts << (c.invalid == 1 ? tr("1 invalid line") : tr("%1 invalid lines").arg(c.invalid));
    if (c.unchecked > 0)
        parts << tr("%1 without expectations").arg(c.unchecked);
    if (c.notRun > 0)
        parts << tr("%1 not run").arg(c.notRun);
    const QString count = c.scenarios == 1 ? tr("1 scenario") : tr("%1 scenarios").arg(c.scenarios);
    return tr("%1: %2").arg(count, parts.join(QStringLiteral(", ")));
}

ScenariosModel::Line *ScenariosModel::lineAt(int row)
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_lines[m_rows[static_cast<std::size_t>(row)]];
}

const ScenariosModel::Line *ScenariosModel::lineAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_lines[m_rows[static_cast<std::size_t>(row)]];
}

ScenariosModel::Status ScenariosModel::statusAt(int row) const
{
    const Line *line = lineAt(row);
    return line ? statusOf(line->parsed, line->decision, line->unmet) : Status::NotRun;
}

const engine::Decision *ScenariosModel::decisionAt(int row) const
{
    const Line *line = lineAt(row);
    return line && line->decision ? &*line->decision : nullptr;
}

const engine::sim::ScenarioLine *ScenariosModel::scenarioAt(int row) const
{
    const Line *line = lineAt(row);
    return line ? &line->parsed : nullptr;
}

int ScenariosModel::lineNumberAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(row)]) + 1;
}

void ScenariosModel::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void ScenariosModel::rebuildRows()
{
    m_rows.clear();
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        if (!m_lines[i].isComment)
            m_rows.push_back(i);
    }
}

QString ScenariosModel::messageOf(const Line &line) const
{
    if (!line.parsed.request)
        return fromStd(line.parsed.error);
    if (!line.parsed.expectError.empty())
        return tr("expect: %1").arg(fromStd(line.parsed.expectError));
    QStringList unmet;
    for (const std::string &u : line.unmet)
        unmet << fromStd(u);
    return unmet.join(QStringLiteral("; "));
}

QString ScenariosModel::statusText(Status status)
{
    switch (status) {
    case Status::Passed:
        return tr("Passed");
    case Status::Failed:
        return tr("Failed");
    case Status::Invalid:
        return tr("Invalid line");
    case Status::Unchecked:
        return tr("No expectation");
    case Status::NotRun:
        return tr("Not run");
    }
    return {};
}

QIcon ScenariosModel::statusIcon(Status status) const
{
    QIcon &icon = m_icons.at(static_cast<std::size_t>(status));
    if (icon.isNull()) {
        icon = markIcon(statusShape(status), statusInk(status));
    }
    return icon;
}

int ScenariosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScenariosModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScenariosModel::rowToolTip(int row) const
{
    const Line *line = lineAt(row);
    QStringList lines;
    lines << tr("Line %1").arg(lineNumberAt(row));
    if (const engine::Request *request = line->parsed.request ? &*line->parsed.request : nullptr) {
        lines << tr("Principal: %1").arg(principalText(request->principal));
        lines << tr("Action: %1").arg(fromStd(request->action));
        lines << tr("Resource: %1").arg(fromStd(request->resource));
    }
    if (const QString message = messageOf(*line); !message.isEmpty())
        lines << message;
    if (m_stale)
        lines << tr("Stale: the policy text does not parse; these are the last results");
    return lines.join(QLatin1Char('\n'));
}

QVariant ScenariosModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const Line &line = *lineAt(row);
    const Status status = statusOf(line.parsed, line.decision, line.unmet);
    const engine::Request *request = line.parsed.request ? &*line.parsed.request : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(status);
        case PrincipalColumn:
            if (status == Status::Invalid)
                return tr("line %1: %2").arg(lineNumberAt(row)).arg(messageOf(line));
            return request ? principalText(request->principal) : QString();
        case ActionColumn: {
            // "GetSecretValue": the service prefix is the same on nearly every row.
            QString action = request ? fromStd(request->action) : QString();
            if (action.startsWith(QLatin1String("secretsmanager:"), Qt::CaseInsensitive))
                action.remove(0, 15);
            return action;
        }
        case ContextColumn:
            return request ? contextText(*request) : QString();
        case ExpectedColumn:
            if (!line.parsed.expect)
                return status == Status::Invalid ? QString() : tr("nothing");
            return outcomesText(line.parsed.expect->decision, line.parsed.expect->effectiveDecision)
                   + (line.parsed.expect->matched ? tr(" · matched list") : QString());
        case ActualColumn:
            return line.decision
                       ? outcomesText(line.decision->decision, line.decision->effectiveDecision)
                       : QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != StatusColumn)
            return {};
        return statusIcon(status);
    case Qt::ForegroundRole:
        if (m_stale)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return rowToolTip(row);
    case StatusRole:
        return static_cast<int>(status);
    case LineNumberRole:
        return lineNumberAt(row);
    case MessageRole:
        return messageOf(line);
    case ExplainRole:
        return line.decision ? fromStd(line.decision->explain) : QString();
    case MatchedRole: {
        QList<int> matched;
        if (line.decision) {
            for (const engine::MatchedStatement &m : line.decision->matched)
                matched << m.index;
        }
        return QVariant::fromValue(matched);
    }
    case RequestJsonRole:
        return fromStd(line.text);
    case SortRole:
        if (index.column() == StatusColumn)
            return static_cast<int>(status) * 1000000 + lineNumberAt(row);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant ScenariosModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return lineNumberAt(section);
    switch (section) {
    case StatusColumn:
        return tr("Result");
    case PrincipalColumn:
        return tr("Principal");
    case ActionColumn:
        return tr("Action");
    case ContextColumn:
        return tr("Stage and context");
    case ExpectedColumn:
        return tr("Expected");
    case ActualColumn:
        return tr("Actual");
    }
    return {};
}

} // namespace model
