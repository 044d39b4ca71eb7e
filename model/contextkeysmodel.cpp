// The Simulation dock's request context: keys, sources and typed values (see the header).
#include "contextkeysmodel.h"

#include "markicons.h"

#include "data/secretsmanager.h"
#include "values/values.h"
#include "sim/matrix.h"
#include "json/reader.h"

#include <QPixmap>

#include <algorithm>

namespace model {

namespace {

using engine::data::KeyType;
using engine::sim::KeySource;

std::string_view view(const std::string &s)
{
    return std::string_view(s.data(), s.size());
}

const engine::data::KeyInfo *keyInfo(const QString &key)
{
    const std::string text = key.trimmed().toStdString();
    return engine::data::findKey(view(text));
}

bool isMultivalued(const engine::data::KeyInfo *info)
{
    return info && (info->multivalued || info->type == KeyType::ArrayOfString);
}

bool isStageKey(const QString &key)
{
    return key.compare(QLatin1String(engine::sim::versionStageKey.data(),
                                     static_cast<qsizetype>(engine::sim::versionStageKey.size())),
                       Qt::CaseInsensitive)
           == 0;
}

// The reason `value` is not of `type`, or "" when it is (read as the evaluator reads it).
QString typeError(KeyType type, const std::string &value)
{
    if (engine::values::isValidRequestValue(engine::data::valueTypeOf(type), value))
        return {};
    const QString shown = QString::fromStdString(value);
    switch (type) {
    case KeyType::Bool:
        return ContextKeysModel::tr("\"%1\" is not a Bool value: type true or false").arg(shown);
    case KeyType::Numeric:
        return ContextKeysModel::tr("\"%1\" is not a number, for example 30 or 2.5").arg(shown);
    case KeyType::Date:
        return ContextKeysModel::tr("\"%1\" is not a date: use ISO 8601, for example "
                                    "2026-01-31T12:00:00Z, or seconds since 1970")
            .arg(shown);
    case KeyType::IpAddress:
        return ContextKeysModel::tr("\"%1\" is not an IP address, for example 203.0.113.5 "
                                    "or 2001:db8::1")
            .arg(shown);
    case KeyType::Arn:
        return ContextKeysModel::tr("\"%1\" is not an ARN (arn:partition:service:region:"
                                    "account:resource)")
            .arg(shown);
    case KeyType::Binary:
        return ContextKeysModel::tr("\"%1\" is not base64").arg(shown);
    case KeyType::String:
    case KeyType::ArrayOfString:
        break;
    }
    return {};
}

QColor sourceInk(ContextKeysModel::Source source)
{
    switch (source) {
    case ContextKeysModel::Source::Given:
        return QColor(0x1f, 0x5f, 0xbf);
    case ContextKeysModel::Source::Stage:
        return QColor(0x7a, 0x3d, 0xa8);
    case ContextKeysModel::Source::Derived:
        return QColor(0x1b, 0x7f, 0x6f);
    case ContextKeysModel::Source::Absent:
        return QColor(0x70, 0x70, 0x70);
    case ContextKeysModel::Source::Invalid:
        return QColor(0xc0, 0x39, 0x2b);
    }
    return QColor(0x70, 0x70, 0x70);
}

// A shape per source (the text says it too): a filled dot for a given value, three columns for
// the stage, an arrow for a derived value, a hollow dotted circle for an absent key, a warning
// triangle for a value that could not be used.
MarkShape sourceShape(ContextKeysModel::Source source)
{
    using Source = ContextKeysModel::Source;
    switch (source) {
    case Source::Given:
        return MarkShape::Dot;
    case Source::Stage:
        return MarkShape::Columns;
    case Source::Derived:
        return MarkShape::Arrow;
    case Source::Absent:
        return MarkShape::DottedCircle;
    case Source::Invalid:
        break;
    }
    return MarkShape::Warning;
}

} // namespace

ContextKeysModel::Check ContextKeysModel::checkValue(const QString &key, const QString &text)
{
    Check check;
    const QString name = key.trimmed();
    check.error = keyError(name);
    if (!check.error.isEmpty())
        return check;
    const engine::data::KeyInfo *info = keyInfo(name);
    // One value per line; multivalued keys also split at commas.
    const bool multivalued = isMultivalued(info);
    QStringList values;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QStringList pieces = multivalued ? line.split(QLatin1Char(',')) : QStringList{line};
        for (const QString &piece : pieces) {
            const QString value = piece.trimmed();
            if (!value.isEmpty())
                values << value;
        }
    }
    if (values.isEmpty()) {
        check.error = tr("Type a value for %1, or clear it").arg(name);
        return check;
    }
    const bool isList = multivalued || values.size() > 1;

    // The context as a request of requests.md, read by the engine like `secret-policy eval`
    // (any request the service could receive: only its context is used).
    std::string value;
    if (isList) {
        value = "[";
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                value += ", ";
            value += engine::json::quote(values.at(i).toStdString());
        }
        value += "]";
    } else {
        value = engine::json::quote(values.front().toStdString());
    }
    const std::string request = "{\"principal\": \"anonymous\", \"action\": \""
                                + std::string(engine::sim::defaultAction)
                                + "\", \"resource\": "
                                  "\"arn:aws:secretsmanager:us-east-1:123456789012:secret:any-AbCdEf\", "
                                  "\"context\": {"
                                + engine::json::quote(name.toStdString()) + ": " + value + "}}";
    engine::RequestReadResult read = engine::readRequest(request);
    if (!read.request || read.request->context.size() != 1) {
        check.error = QString::fromStdString(read.error);
        return check;
    }
    engine::ContextEntry entry = std::move(read.request->context.front());
    if (info) {
        for (const std::string &v : entry.value.values) {
            check.error = typeError(info->type, v);
            if (!check.error.isEmpty())
                return check;
        }
    }
    check.entry = std::move(entry);
    return check;
}

QString ContextKeysModel::keyError(const QString &key)
{
    const QString name = key.trimmed();
    if (name.isEmpty())
        return tr("A context key needs a name, for example aws:SourceIp");
    if (isStageKey(name))
        return tr("%1 is set by each column of the matrix").arg(name);
    const engine::data::KeyInfo *tag = keyInfo(name + QLatin1Char('x'));
    if (name.endsWith(QLatin1Char('/')) && tag && tag->isTagPrefix)
        return tr("%1 needs a tag name after the /, for example %1team").arg(name);
    return {};
}

QString ContextKeysModel::typeText(const QString &key)
{
    const engine::data::KeyInfo *info = keyInfo(key);
    if (!info)
        return isStageKey(key) ? tr("String") : tr("any text (not a known key)");
    QString type;
    switch (info->type) {
    case KeyType::String:
        type = tr("String");
        break;
    case KeyType::Arn:
        type = tr("ARN");
        break;
    case KeyType::Bool:
        type = tr("Bool");
        break;
    case KeyType::Numeric:
        type = tr("Numeric");
        break;
    case KeyType::Date:
        type = tr("Date");
        break;
    case KeyType::IpAddress:
        type = tr("IP address");
        break;
    case KeyType::Binary:
        type = tr("Binary (base64)");
        break;
    case KeyType::ArrayOfString:
        type = tr("String");
        break;
    }
    return isMultivalued(info) ? tr("%1, several values").arg(type) : type;
}

QString ContextKeysModel::exampleValue(const QString &key)
{
    const engine::data::KeyInfo *info = keyInfo(key);
    if (!info)
        return tr("a value; several values one per line");
    switch (info->type) {
    case KeyType::Bool:
        return QStringLiteral("true");
    case KeyType::Numeric:
        return QStringLiteral("3600");
    case KeyType::Date:
        return QStringLiteral("2026-01-31T12:00:00Z");
    case KeyType::IpAddress:
        return QStringLiteral("203.0.113.5");
    case KeyType::Arn:
        return QStringLiteral("arn:aws:iam::123456789012:role/Reader");
    case KeyType::Binary:
        return QStringLiteral("QmluYXJ5");
    case KeyType::ArrayOfString:
        return tr("env, team");
    case KeyType::String:
        break;
    }
    return isMultivalued(info) ? tr("first, second") : tr("a value; several values one per line");
}

QString ContextKeysModel::sourceText(Source source)
{
    switch (source) {
    case Source::Given:
        return tr("Given");
    case Source::Stage:
        return tr("Set by each column");
    case Source::Derived:
        return tr("Derived from the request");
    case Source::Absent:
        return tr("Absent");
    case Source::Invalid:
        return tr("Invalid value, not used");
    }
    return tr("Absent");
}

QStringList ContextKeysModel::knownKeys()
{
    QStringList keys;
    for (const engine::data::KeyInfo &info : engine::data::keys())
        keys << QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
    return keys;
}

ContextKeysModel::ContextKeysModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ContextKeysModel::setKeyUses(const std::vector<engine::sim::ContextKeyUse> &uses)
{
    std::vector<Row> rows;
    rows.reserve(uses.size() + m_rows.size());
    for (const engine::sim::ContextKeyUse &use : uses) {
        Row row;
        row.key = QString::fromStdString(use.key);
        row.policySource = use.source;
        if (use.source == KeySource::Given)
            row.policySource
                = engine::sim::isDerivedKey(use.key) ? KeySource::Derived : KeySource::Absent;
        row.used = true;
        row.inVariable = use.inVariable;
        const int old = rowOf(row.key);
        if (old >= 0) {
            const Row &before = m_rows[static_cast<std::size_t>(old)];
            row.text = before.text;
            row.error = before.error;
            row.entry = before.entry;
        }
        rows.push_back(std::move(row));
    }
    // The keys the person set or added stay, after the policy's.
    for (const Row &before : m_rows) {
        const bool listed = std::any_of(rows.begin(), rows.end(), [&](const Row &r) {
            return r.key.compare(before.key, Qt::CaseInsensitive) == 0;
        });
        if (listed || (before.used && before.text.isEmpty()))
            continue;
        Row row = before;
        row.used = false;
        row.inVariable = false;
        rows.push_back(std::move(row));
    }

    const bool sameKeys = std::equal(
        rows.begin(), rows.end(), m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.key == b.key;
        });
    if (sameKeys) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool ContextKeysModel::setValue(const QString &key, const QString &text, QString *error)
{
    const QString name = key.trimmed();
    if (text.trimmed().isEmpty()) {
        clearValue(name);
        return true;
    }
    Check check = checkValue(name, text);
    if (error)
        *error = check.error;
    int at = rowOf(name);
    if (at < 0) {
        if (name.isEmpty() || isStageKey(name))
            return false;
        Row row;
        row.key = name;
        row.policySource = engine::sim::isDerivedKey(name.toStdString()) ? KeySource::Derived
                                                                         : KeySource::Absent;
        at = rowCount();
        beginInsertRows(QModelIndex(), at, at);
        m_rows.push_back(std::move(row));
        endInsertRows();
    }
    Row &row = m_rows[static_cast<std::size_t>(at)];
    if (row.policySource == KeySource::Stage)
        return false;
    const bool contextChanges = row.entry != check.entry;
    row.text = text.trimmed();
    row.error = check.error;
    row.entry = std::move(check.entry);
    const bool valid = row.entry.has_value();
    emitRowChanged(at);
    if (contextChanges && !m_quiet)
        emit contextChanged(); // may change the rows (the matrix follows, then the keys)
    return valid;
}

void ContextKeysModel::clearValue(const QString &key)
{
    const int at = rowOf(key);
    if (at < 0)
        return;
    Row &row = m_rows[static_cast<std::size_t>(at)];
    const bool contextChanges = row.entry.has_value();
    if (!row.used) {
        beginRemoveRows(QModelIndex(), at, at);
        m_rows.erase(m_rows.begin() + at);
        endRemoveRows();
    } else {
        row.text.clear();
        row.error.clear();
        row.entry.reset();
        emitRowChanged(at);
    }
    if (contextChanges && !m_quiet)
        emit contextChanged();
}

bool ContextKeysModel::addKey(const QString &key)
{
    const QString name = key.trimmed();
    if (name.isEmpty() || rowOf(name) >= 0 || isStageKey(name))
        return false;
    Row row;
    row.key = name;
    row.policySource
        = engine::sim::isDerivedKey(name.toStdString()) ? KeySource::Derived : KeySource::Absent;
    const int at = rowCount();
    beginInsertRows(QModelIndex(), at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
    return true;
}

void ContextKeysModel::clearAll()
{
    setValues({});
}

int ContextKeysModel::rowOf(const QString &key) const
{
    const QString name = key.trimmed();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].key.compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

QString ContextKeysModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].key : QString();
}

QString ContextKeysModel::valueText(const QString &key) const
{
    const int at = rowOf(key);
    return at >= 0 ? m_rows[static_cast<std::size_t>(at)].text : QString();
}

ContextKeysModel::Source ContextKeysModel::sourceOf(const QString &key) const
{
    const int at = rowOf(key);
    return at >= 0 ? rowSource(m_rows[static_cast<std::size_t>(at)]) : Source::Absent;
}

std::vector<engine::ContextEntry> ContextKeysModel::context() const
{
    std::vector<engine::ContextEntry> entries;
    for (const Row &row : m_rows) {
        if (row.entry)
            entries.push_back(*row.entry);
    }
    return entries;
}

QVariantMap ContextKeysModel::values() const
{
    QVariantMap map;
    for (const Row &row : m_rows) {
        if (!row.text.isEmpty())
            map.insert(row.key, row.text);
    }
    return map;
}

void ContextKeysModel::setValues(const QVariantMap &values)
{
    const std::vector<engine::ContextEntry> before = context();
    m_quiet = true; // one contextChanged() below
    beginResetModel();
    std::vector<Row> rows;
    for (Row &row : m_rows) {
        if (!row.used)
            continue;
        row.text.clear();
        row.error.clear();
        row.entry.reset();
        rows.push_back(std::move(row));
    }
    m_rows = std::move(rows);
    endResetModel();
    for (auto it = values.begin(); it != values.end(); ++it)
        setValue(it.key(), it.value().toString());
    m_quiet = false;
    if (context() != before)
        emit contextChanged();
}

ContextKeysModel::Source ContextKeysModel::rowSource(const Row &row) const
{
    if (row.policySource == KeySource::Stage)
        return Source::Stage;
    if (row.entry)
        return Source::Given;
    if (!row.error.isEmpty())
        return Source::Invalid;
    return row.policySource == KeySource::Derived ? Source::Derived : Source::Absent;
}

QIcon ContextKeysModel::sourceIcon(Source source) const
{
    QIcon &icon = m_icons.at(static_cast<std::size_t>(source));
    if (icon.isNull()) {
        icon = markIcon(sourceShape(source), sourceInk(source));
    }
    return icon;
}

void ContextKeysModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ContextKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContextKeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContextKeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const Source source = rowSource(row);
    switch (role) {
    case SourceRole:
        return static_cast<int>(source);
    case ErrorRole:
        return row.error;
    case EditableRole:
        return source != Source::Stage;
    case BoolKeyRole: {
        const engine::data::KeyInfo *info = keyInfo(row.key);
        return info && info->type == KeyType::Bool;
    }
    case MultivaluedRole:
        return isMultivalued(keyInfo(row.key));
    case UsedRole:
        return row.used;
    default:
        break;
    }
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return row.key;
        if (role == Qt::ToolTipRole) {
            if (!row.used)
                return tr("%1: not used by the policy; sent with every request").arg(row.key);
            if (row.inVariable)
                return tr("%1: named in a ${…} policy variable").arg(row.key);
            return tr("%1: tested by a condition").arg(row.key);
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole)
            return sourceText(source);
        if (role == Qt::DecorationRole)
            return sourceIcon(source);
        if (role == Qt::ToolTipRole) {
            switch (source) {
            case Source::Given:
                return tr("Your value, in every request");
            case Source::Stage:
                return tr("Each column of the matrix names its version stage");
            case Source::Derived:
                return tr("Derived from each request's principal and secret; set a value to "
                          "override it");
            case Source::Absent:
                return tr("Not in the requests: conditions see an absent key (…IfExists and "
                          "Null test this)");
            case Source::Invalid:
                return row.error;
            }
        }
        break;
    case ValueColumn:
        if (role == Qt::EditRole)
            return row.text;
        if (role == Qt::DisplayRole) {
            if (source == Source::Stage)
                return tr("(the column's stage)");
            return QString(row.text).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        }
        if (role == Qt::ToolTipRole && !row.error.isEmpty())
            return row.error;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return typeText(row.key);
        break;
    default:
        break;
    }
    return {};
}

bool ContextKeysModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setValue(keyAt(index.row()), value.toString());
}

Qt::ItemFlags ContextKeysModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn
        && rowSource(m_rows[static_cast<std::size_t>(index.row())]) != Source::Stage)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ContextKeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case SourceColumn:
        return tr("Source");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        break;
    }
    return {};
}

} // namespace model
