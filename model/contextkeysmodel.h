// The request context of the Simulation dock (issue 5 §1): one row per condition key the
// policy (and the identity policies of added principals) uses, plus the keys the person added,
// each with where its value comes from (given, set by each stage column, derived from the
// request, absent) and the value typed for it. The given values are the MatrixSetup::context
// of every cell's request.
//
//   model::ContextKeysModel keys;
//   keys.setKeyUses(engine::sim::contextKeyUses(policies, {}));
//   QString error;
//   if (!keys.setValue(QStringLiteral("aws:SourceIp"), QStringLiteral("203.0.113.5"), &error)) ...
//   setup.context = keys.context();
//
// A value is text: one value, or for multivalued keys (aws:TagKeys, ArrayOf... types) several
// separated by commas or new lines; any key takes several values one per line (a JSON array in
// requests.md). Values are checked against the key's type (secretsmanager.md §11) with the
// engine's own parsers, and the context is read back with engine::readRequest(), so that what
// the matrix uses is exactly what `secret-policy eval` reads.
#pragma once

#include "eval/request.h"
#include "sim/contextkeys.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <optional>
#include <vector>

namespace model {

class ContextKeysModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, SourceColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, // int: a Source below
        ErrorRole,                     // QString: why the typed value was not used ("" if it was)
        EditableRole,                  // bool: the value may be set (not the stage key)
        BoolKeyRole,                   // bool: the key's type is Bool (true/false choice)
        MultivaluedRole,               // bool: several values, comma- or line-separated
        UsedRole,                      // bool: the policy or an identity policy tests the key
    };
    // engine::sim::KeySource plus Invalid: a typed value that could not be used.
    enum class Source { Given, Stage, Derived, Absent, Invalid };

    struct Check
    {
        std::optional<engine::ContextEntry> entry; // nullopt when the text is not a valid value
        QString error;
    };
    // Checks `text` as the value of `key` (see above). An empty text is an error here: clear
    // the value instead.
    static Check checkValue(const QString &key, const QString &text);
    // Why `key` cannot be given a value (no name, the stage key, a tag key without its tag
    // name), or "".
    static QString keyError(const QString &key);
    // "IP address", "Bool", "String (several values)", ...; "any text" for unknown keys.
    static QString typeText(const QString &key);
    // An example value for the key's type, for placeholders.
    static QString exampleValue(const QString &key);
    static QString sourceText(Source source);
    // Every key of secretsmanager.md §11 and the global keys, tag keys ending in "/".
    static QStringList knownKeys();

    explicit ContextKeysModel(QObject *parent = nullptr);

    // The keys the policies use, as engine::sim::contextKeyUses() lists them (its Given source
    // is ignored: this model knows what is given).
    void setKeyUses(const std::vector<engine::sim::ContextKeyUse> &uses);

    // Sets the value of a key (adding a row when no row has it). False, with the reason, when
    // the text is not a valid value: the row then keeps the text and shows the error, and the
    // key stays out of context().
    bool setValue(const QString &key, const QString &text, QString *error = nullptr);
    // Back to derived or absent; a key the policies do not use loses its row.
    void clearValue(const QString &key);
    // Adds a row without a value (a key to set). False when the key is empty or has a row.
    bool addKey(const QString &key);
    void clearAll();

    int rowOf(const QString &key) const; // -1 when there is none; keys compare without case
    QString keyAt(int row) const;
    QString valueText(const QString &key) const;
    Source sourceOf(const QString &key) const;

    // The valid given values, in row order: MatrixSetup::context.
    std::vector<engine::ContextEntry> context() const;
    // Every typed value by key (valid or not), to remember per file, and back.
    QVariantMap values() const;
    void setValues(const QVariantMap &values);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The valid given values changed: recompute the matrix with context().
    void contextChanged();

private:
    struct Row
    {
        QString key;
        engine::sim::KeySource policySource = engine::sim::KeySource::Absent; // without a value
        bool used = false;       // a policy tests it or names it in a variable
        bool inVariable = false; // named only in ${...}
        QString text;            // what the person typed; empty: no value
        QString error;           // why `text` is not used
        std::optional<engine::ContextEntry> entry;
    };
    Source rowSource(const Row &row) const;
    QIcon sourceIcon(Source source) const;
    void emitRowChanged(int row);

    std::vector<Row> m_rows;
    mutable std::array<QIcon, 5> m_icons;
    bool m_quiet = false; // setValues(): one contextChanged() for all values
};

} // namespace model
