// PolicyTreeModel: tree snapshots as strings, setData and actions as exact text edits, and
// QAbstractItemModelTester attached before the model is filled.
#include "policytreemodel.h"

#include "helptexts.h"

#include "edit/textedit.h"
#include "json/reader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using model::PolicyTreeModel;

namespace {

const char *const policy = R"({
    "Version": "2012-10-17",
    "Id": "Zürich",
    "Statement": [
        {
            "Sid": "Read",
            "Effect": "Allow",
            "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "444455556666"], "Service": "s3.amazonaws.com"},
            "Action": "secretsmanager:GetSecretValue",
            "Resource": "*",
            "Condition": {
                "StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"},
                "NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
                "Bool": {"aws:SecureTransport": ["true", false]}
            }
        },
        {
            "Effect": "Deny",
            "Principal": "*",
            "NotAction": ["secretsmanager:Describe*", 7],
            "Resource": "*",
            "Extra": {"a": [1, 2]}
        },
        "not a statement"
    ],
    "Custom": null
}
)";

// "label=value" per row, children indented by two spaces.
QString snapshot(const QAbstractItemModel &m, const QModelIndex &parent = {}, int depth = 0)
{
    QString out;
    for (int row = 0; row < m.rowCount(parent); ++row) {
        const QModelIndex i = m.index(row, 0, parent);
        out += QString(depth * 2, QLatin1Char(' ')) + i.data().toString() + QLatin1Char('=')
               + i.siblingAtColumn(1).data().toString() + QLatin1Char('\n');
        out += snapshot(m, i, depth + 1);
    }
    return out;
}

struct Fixture
{
    PolicyTreeModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    std::string text;

    explicit Fixture(const std::string &t) : text(t)
    {
        engine::json::ReadResult r = engine::json::read(text);
        if (!r.ok)
            qFatal("fixture is not JSON: %s", r.error.toString().c_str());
        model.setDocument(QByteArray::fromStdString(text), std::move(r.value));
    }

    // Runs `action` and returns the text after the edit it requested ("<none>" if none).
    template<typename F>
    QString afterEdit(F action, QString *description = nullptr)
    {
        QSignalSpy spy(&model, &PolicyTreeModel::editRequested);
        action();
        if (spy.count() != 1)
            return QStringLiteral("<none>");
        const auto edit = spy.at(0).at(0).value<engine::TextEdit>();
        if (description)
            *description = spy.at(0).at(1).toString();
        return QString::fromStdString(engine::edit::apply(text, edit));
    }

    QModelIndex at(const char *path, int column = 0) const
    {
        return model.indexForPath(QString::fromUtf8(path), column);
    }
};

QString withReplaced(const char *text, const char *from, const char *to)
{
    QString s = QString::fromUtf8(text);
    const qsizetype at = s.indexOf(QString::fromUtf8(from));
    if (at < 0)
        qFatal("fixture text not found: %s", from);
    return s.replace(at, QString::fromUtf8(from).size(), QString::fromUtf8(to));
}

} // namespace

const char *const small = "{\n"
                         "  \"Statement\": [\n"
                         "    {\"Sid\": \"A\", \"Effect\": \"Allow\"},\n"
                         "    {\"Sid\": \"B\", \"Effect\": \"Deny\"}\n"
                         "  ]\n"
                         "}\n";

// The path of every node, depth first.
QStringList allPaths(const PolicyTreeModel &m, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < m.rowCount(parent); ++row) {
        const QModelIndex i = m.index(row, 0, parent);
        out << m.pathForIndex(i);
        out << allPaths(m, i);
    }
    return out;
}

class TestPolicyTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheTree();
    void shouldShowALoneStatementAndOddDocuments_data();
    void shouldShowALoneStatementAndOddDocuments();
    void shouldExposeRoles();
    void shouldMapPathsBothWays();
    void shouldFindTheDeepestNodeAtAnOffset_data();
    void shouldFindTheDeepestNodeAtAnOffset();
    void shouldGiveByteRanges_data();
    void shouldGiveByteRanges();
    void shouldTurnSetDataIntoTextEdits_data();
    void shouldTurnSetDataIntoTextEdits();
    void shouldRefuseEditsThatChangeNothing_data();
    void shouldRefuseEditsThatChangeNothing();
    void shouldEditOnlyEditableCells();
    void shouldEditStatements_data();
    void shouldEditStatements();
    void shouldAddAndRemoveValues_data();
    void shouldAddAndRemoveValues();
    void shouldAddConditions();
    void shouldStartAPolicyFromAnEmptyDocument();
    void shouldGreyAndLockWhenStale();
    void shouldMarkFindings();
    void shouldEditDuplicateKeysThroughTheirOwnSpans();
    void shouldResetOncePerDocument();
    void shouldCollectVersionStages();
    void shouldExplainOperatorsKeysAndActions_data();
    void shouldExplainOperatorsKeysAndActions();
    void benchmarkSetDocumentNearTheSizeLimit();
    void benchmarkTreeEditNearTheSizeLimit();
};

void TestPolicyTreeModel::shouldShowTheTree()
{
    Fixture f(policy);
    QCOMPARE(snapshot(f.model), QStringLiteral("Version=2012-10-17\n"
                                               "Id=Zürich\n"
                                               "Statement 0=Read\n"
                                               "  Sid=Read\n"
                                               "  Effect=Allow\n"
                                               "  Principal=\n"
                                               "    AWS=\n"
                                               "      =arn:aws:iam::111122223333:root\n"
                                               "      =444455556666\n"
                                               "    Service=s3.amazonaws.com\n"
                                               "  Action=secretsmanager:GetSecretValue\n"
                                               "  Resource=*\n"
                                               "  Condition=\n"
                                               "    StringEquals=\n"
                                               "      secretsmanager:VersionStage=AWSCURRENT\n"
                                               "    NumericLessThan=\n"
                                               "      aws:MultiFactorAuthAge=3600\n"
                                               "    Bool=\n"
                                               "      aws:SecureTransport=\n"
                                               "        =true\n"
                                               "        =false\n"
                                               "Statement 1=\n"
                                               "  Effect=Deny\n"
                                               "  Principal=*\n"
                                               "  NotAction=\n"
                                               "    =secretsmanager:Describe*\n"
                                               "    =7\n"
                                               "  Resource=*\n"
                                               "  Extra={\"a\":[1,2]}\n"
                                               "Statement 2=\"not a statement\"\n"
                                               "Custom=null\n"));
    QCOMPARE(f.model.statementCount(), 3);
}

void TestPolicyTreeModel::shouldShowALoneStatementAndOddDocuments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lone statement")
        << QByteArray(R"({"Statement": {"Effect": "Allow", "Action": []}})")
        << QStringLiteral("Statement 0=\n  Effect=Allow\n  Action=\n");
    QTest::addRow("wrong types stay raw")
        << QByteArray(R"({"Version": 1, "Statement": [{"Effect": true, "Condition": {"Null": 5}, "Principal": []}]})")
        << QStringLiteral("Version=1\nStatement 0=\n  Effect=true\n  Condition=\n    Null=5\n"
                          "  Principal=[]\n");
    QTest::addRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("Policy=[1,2]\n");
    QTest::addRow("statement is a string")
        << QByteArray(R"({"Statement": "x"})") << QStringLiteral("Statement=\"x\"\n");
    QTest::addRow("strings keep spaces")
        << QByteArray("{\"Id\": [\"a  b\",\n 1]}") << QStringLiteral("Id=[\"a  b\",1]\n");
}

void TestPolicyTreeModel::shouldShowALoneStatementAndOddDocuments()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    Fixture f(text.toStdString());
    QCOMPARE(snapshot(f.model), expected);
}

void TestPolicyTreeModel::shouldExposeRoles()
{
    Fixture f(policy);
    const QModelIndex stage = f.at("/Statement/0/Condition/StringEquals/secretsmanager:VersionStage");
    QVERIFY(stage.isValid());
    QCOMPARE(stage.data(PolicyTreeModel::KindRole).toInt(),
             int(PolicyTreeModel::NodeKind::ConditionKey));
    QCOMPARE(stage.data(PolicyTreeModel::StatementIndexRole).toInt(), 0);
    QCOMPARE(stage.data(PolicyTreeModel::ConditionKeyRole).toString(),
             QStringLiteral("secretsmanager:VersionStage"));
    QCOMPARE(stage.data(PolicyTreeModel::ElementNameRole).toString(), QStringLiteral("Condition"));
    QCOMPARE(stage.data(PolicyTreeModel::PathRole).toString(),
             QStringLiteral("/Statement/0/Condition/StringEquals/secretsmanager:VersionStage"));
    QCOMPARE(stage.data(PolicyTreeModel::SeverityRole).toInt(), -1);
    QCOMPARE(stage.data(PolicyTreeModel::RawJsonRole).toString(), QStringLiteral("\"AWSCURRENT\""));

    const QModelIndex account = f.at("/Statement/0/Principal/AWS/1");
    QCOMPARE(f.model.kindOf(account), PolicyTreeModel::NodeKind::PrincipalValue);
    QCOMPARE(account.data(PolicyTreeModel::ElementNameRole).toString(), QStringLiteral("Principal"));
    QCOMPARE(f.model.kindOf(f.at("/Statement/1/NotAction")), PolicyTreeModel::NodeKind::Action);
    QCOMPARE(f.at("/Statement/1/NotAction").data(PolicyTreeModel::ElementNameRole).toString(),
             QStringLiteral("NotAction"));
    QCOMPARE(f.model.kindOf(f.at("/Statement/1/NotAction/1")), PolicyTreeModel::NodeKind::Raw);
    QCOMPARE(f.model.kindOf(f.at("/Statement/2")), PolicyTreeModel::NodeKind::Raw);
    QCOMPARE(f.at("/Statement/2").data(PolicyTreeModel::StatementIndexRole).toInt(), 2);
    QCOMPARE(f.at("/Version").data(PolicyTreeModel::StatementIndexRole).toInt(), -1);

    // Offsets are UTF-8 bytes: "Zürich" has a two-byte character before the statement.
    const QModelIndex effect = f.at("/Statement/0/Effect");
    const auto begin = effect.data(PolicyTreeModel::OffsetRole).toULongLong();
    const auto end = effect.data(PolicyTreeModel::EndOffsetRole).toULongLong();
    QCOMPARE(QByteArray(policy).mid(qsizetype(begin), qsizetype(end - begin)),
             QByteArray("\"Effect\": \"Allow\""));
    QCOMPARE(f.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Element"));
    QCOMPARE(f.model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
}

void TestPolicyTreeModel::shouldMapPathsBothWays()
{
    Fixture f(policy);
    const QStringList paths = allPaths(f.model);
    QCOMPARE(paths.size(), 31);
    for (const QString &path : paths) {
        const QModelIndex i = f.model.indexForPath(path);
        QVERIFY2(i.isValid(), qPrintable(path));
        QCOMPARE(f.model.pathForIndex(i), path);
        QCOMPARE(f.model.indexForPath(path, 1), i.siblingAtColumn(1));
    }
    QVERIFY(!f.model.indexForPath(QStringLiteral("/Statement/9")).isValid());
    QCOMPARE(f.model.pathForIndex({}), QString());
}

void TestPolicyTreeModel::shouldFindTheDeepestNodeAtAnOffset_data()
{
    QTest::addColumn<QByteArray>("marker"); // the offset is where this text starts
    QTest::addColumn<int>("extra");         // plus this many bytes
    QTest::addColumn<QString>("path");
    QTest::addRow("version key") << QByteArray("\"Version\"") << 1 << QStringLiteral("/Version");
    QTest::addRow("effect value") << QByteArray("\"Allow\"") << 2
                                  << QStringLiteral("/Statement/0/Effect");
    QTest::addRow("principal item") << QByteArray("\"444455556666\"") << 0
                                    << QStringLiteral("/Statement/0/Principal/AWS/1");
    QTest::addRow("just after a value") << QByteArray("\"444455556666\"") << 14
                                        << QStringLiteral("/Statement/0/Principal/AWS/1");
    QTest::addRow("between items") << QByteArray(", \"444455556666\"") << 1
                                   << QStringLiteral("/Statement/0/Principal/AWS");
    QTest::addRow("condition value") << QByteArray("3600") << 1
                                     << QStringLiteral("/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge");
    QTest::addRow("raw member") << QByteArray("[1, 2]") << 1 << QStringLiteral("/Statement/1/Extra");
    QTest::addRow("statement braces") << QByteArray("{\n            \"Effect\": \"Deny\"") << 0
                                      << QStringLiteral("/Statement/1");
    QTest::addRow("outside everything") << QByteArray("{\n    \"Version\"") << 0 << QString();
}

void TestPolicyTreeModel::shouldFindTheDeepestNodeAtAnOffset()
{
    QFETCH(QByteArray, marker);
    QFETCH(int, extra);
    QFETCH(QString, path);
    Fixture f(policy);
    const qsizetype at = QByteArray(policy).indexOf(marker);
    QVERIFY(at >= 0);
    const QModelIndex i = f.model.deepestIndexAtOffset(std::size_t(at + extra));
    QCOMPARE(f.model.pathForIndex(i), path);
    if (i.isValid())
        QCOMPARE(i.column(), 0);
}

void TestPolicyTreeModel::shouldGiveByteRanges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("member") << QStringLiteral("/Id") << QByteArray("\"Id\": \"Zürich\"");
    QTest::addRow("item") << QStringLiteral("/Statement/0/Principal/AWS/0")
                          << QByteArray("\"arn:aws:iam::111122223333:root\"");
    QTest::addRow("statement") << QStringLiteral("/Statement/2") << QByteArray("\"not a statement\"");
    QTest::addRow("invalid") << QString() << QByteArray();
}

void TestPolicyTreeModel::shouldGiveByteRanges()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    Fixture f(policy);
    const auto [begin, end] = f.model.byteRangeForIndex(f.model.indexForPath(path));
    QCOMPARE(QByteArray(policy).mid(qsizetype(begin), qsizetype(end - begin)), text);
}

void TestPolicyTreeModel::shouldTurnSetDataIntoTextEdits_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("description");
    QTest::addRow("effect") << QStringLiteral("/Statement/0/Effect") << 1 << QStringLiteral("Deny")
                            << withReplaced(policy, "\"Effect\": \"Allow\"", "\"Effect\": \"Deny\"")
                            << QStringLiteral("Change Effect");
    QTest::addRow("sid with quote and non-ASCII")
        << QStringLiteral("/Statement/0/Sid") << 1 << QStringLiteral("Lesen \"ä\"")
        << withReplaced(policy, "\"Sid\": \"Read\"", "\"Sid\": \"Lesen \\\"ä\\\"\"")
        << QStringLiteral("Change Sid");
    QTest::addRow("action value")
        << QStringLiteral("/Statement/1/NotAction/0") << 1 << QStringLiteral("secretsmanager:List*")
        << withReplaced(policy, "\"secretsmanager:Describe*\"", "\"secretsmanager:List*\"")
        << QStringLiteral("Change NotAction");
    QTest::addRow("number stays a number")
        << QStringLiteral("/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge") << 1
        << QStringLiteral("7200") << withReplaced(policy, "3600", "7200")
        << QStringLiteral("Change aws:MultiFactorAuthAge");
    QTest::addRow("number becomes a string when it is not one")
        << QStringLiteral("/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge") << 1
        << QStringLiteral("1h") << withReplaced(policy, "3600", "\"1h\"")
        << QStringLiteral("Change aws:MultiFactorAuthAge");
    QTest::addRow("bool stays a bool")
        << QStringLiteral("/Statement/0/Condition/Bool/aws:SecureTransport/1") << 1
        << QStringLiteral("true") << withReplaced(policy, "\"true\", false", "\"true\", true")
        << QStringLiteral("Change Condition");
    QTest::addRow("raw value re-laid out")
        << QStringLiteral("/Statement/1/Extra") << 1 << QStringLiteral("{\"b\": 1}")
        << withReplaced(policy, "{\"a\": [1, 2]}", "{\n                \"b\": 1\n            }")
        << QStringLiteral("Change Extra");
    QTest::addRow("principal type")
        << QStringLiteral("/Statement/0/Principal/Service") << 0 << QStringLiteral("Federated")
        << withReplaced(policy, "\"Service\":", "\"Federated\":") << QStringLiteral("Rename Service");
    QTest::addRow("not principal")
        << QStringLiteral("/Statement/1/Principal") << 0 << QStringLiteral("NotPrincipal")
        << withReplaced(policy, "\"Principal\": \"*\"", "\"NotPrincipal\": \"*\"")
        << QStringLiteral("Rename Principal");
    QTest::addRow("operator")
        << QStringLiteral("/Statement/0/Condition/StringEquals") << 0
        << QStringLiteral("ForAnyValue:StringLike")
        << withReplaced(policy, "\"StringEquals\"", "\"ForAnyValue:StringLike\"")
        << QStringLiteral("Rename StringEquals");
    QTest::addRow("condition key")
        << QStringLiteral("/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge") << 0
        << QStringLiteral("aws:EpochTime")
        << withReplaced(policy, "\"aws:MultiFactorAuthAge\"", "\"aws:EpochTime\"")
        << QStringLiteral("Rename aws:MultiFactorAuthAge");
}

void TestPolicyTreeModel::shouldTurnSetDataIntoTextEdits()
{
    QFETCH(QString, path);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(QString, description);
    Fixture f(policy);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    QString actual;
    bool accepted = false;
    QCOMPARE(f.afterEdit([&] { accepted = f.model.setData(f.at(path.toUtf8(), column), value); },
                         &actual),
             expected);
    QVERIFY(accepted);
    QCOMPARE(actual, description);
    // The model itself did not change: the text is the truth.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 0);
    QCOMPARE(f.model.text(), QByteArray(policy));
}

void TestPolicyTreeModel::shouldRefuseEditsThatChangeNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addRow("same value") << QStringLiteral("/Statement/0/Effect") << 1 << QStringLiteral("Allow");
    QTest::addRow("same key") << QStringLiteral("/Statement/0/Principal/AWS") << 0 << QStringLiteral("AWS");
    QTest::addRow("empty key") << QStringLiteral("/Statement/0/Principal/AWS") << 0 << QString();
    QTest::addRow("invalid raw JSON") << QStringLiteral("/Statement/1/Extra") << 1 << QStringLiteral("{");
    QTest::addRow("statement") << QStringLiteral("/Statement/0") << 1 << QStringLiteral("x");
    QTest::addRow("Sid key") << QStringLiteral("/Statement/0/Sid") << 0 << QStringLiteral("Id");
    QTest::addRow("container") << QStringLiteral("/Statement/0/Condition") << 1 << QStringLiteral("x");
}

void TestPolicyTreeModel::shouldRefuseEditsThatChangeNothing()
{
    QFETCH(QString, path);
    QFETCH(int, column);
    QFETCH(QString, value);
    Fixture f(policy);
    bool accepted = true;
    QCOMPARE(f.afterEdit([&] { accepted = f.model.setData(f.at(path.toUtf8(), column), value); }),
             QStringLiteral("<none>"));
    QVERIFY(!accepted);
}

void TestPolicyTreeModel::shouldEditOnlyEditableCells()
{
    Fixture f(policy);
    const auto editable = [&](const char *path, int column) {
        return f.model.flags(f.at(path, column)).testFlag(Qt::ItemIsEditable);
    };
    QVERIFY(editable("/Statement/0/Effect", 1));
    QVERIFY(!editable("/Statement/0/Effect", 0));
    QVERIFY(editable("/Statement/0/Principal/AWS", 0));
    QVERIFY(!editable("/Statement/0/Principal/AWS", 1)); // an array: edit its items
    QVERIFY(editable("/Statement/0/Principal/AWS/0", 1));
    QVERIFY(!editable("/Statement/0", 0));
    QVERIFY(!editable("/Statement/0", 1));
    QVERIFY(!editable("/Statement/0/Condition", 0));
    QVERIFY(editable("/Statement/0/Condition/Bool", 0));
    QVERIFY(editable("/Custom", 1));
    QVERIFY(f.model.flags(f.at("/Version")).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!f.model.flags(f.at("/Statement/0")).testFlag(Qt::ItemNeverHasChildren));
}

enum class Action { Add, Duplicate, Delete, MoveUp, MoveDown };

void TestPolicyTreeModel::shouldEditStatements_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("path"); // the node the action is run on
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("focus"); // the path the action returns
    QTest::addRow("add")
        << int(Action::Add) << QString()
        << withReplaced(small, "\"Deny\"}\n",
                        "\"Deny\"},\n    {\n      \"Sid\": \"Statement2\",\n      \"Effect\": \"Allow\",\n"
                        "      \"Principal\": {\n        \"AWS\": \"\"\n"
                        "      },\n      \"Action\": \"secretsmanager:GetSecretValue\",\n"
                        "      \"Resource\": \"*\"\n    }\n")
        << QStringLiteral("/Statement/2/Principal/AWS");
    QTest::addRow("duplicate from an element")
        << int(Action::Duplicate) << QStringLiteral("/Statement/0/Effect")
        << withReplaced(small, "\"Allow\"},\n", "\"Allow\"},\n    {\"Sid\": \"ACopy\", \"Effect\": \"Allow\"},\n")
        << QStringLiteral("/Statement/1");
    QTest::addRow("delete") << int(Action::Delete) << QStringLiteral("/Statement/1")
                            << withReplaced(small, ",\n    {\"Sid\": \"B\", \"Effect\": \"Deny\"}", "")
                            << QString();
    QTest::addRow("move down")
        << int(Action::MoveDown) << QStringLiteral("/Statement/0/Sid")
        << withReplaced(small, "{\"Sid\": \"A\", \"Effect\": \"Allow\"},\n    {\"Sid\": \"B\", \"Effect\": \"Deny\"}",
                        "{\"Sid\": \"B\", \"Effect\": \"Deny\"},\n    {\"Sid\": \"A\", \"Effect\": \"Allow\"}")
        << QStringLiteral("/Statement/1");
    QTest::addRow("move up") << int(Action::MoveUp) << QStringLiteral("/Statement/0")
                             << QStringLiteral("<none>") << QString();
}

void TestPolicyTreeModel::shouldEditStatements()
{
    QFETCH(int, action);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, focus);
    Fixture f(small);
    const QModelIndex index = f.model.indexForPath(path);
    QString returned;
    const QString text = f.afterEdit([&] {
        switch (Action(action)) {
        case Action::Add:
            returned = f.model.addStatement();
            break;
        case Action::Duplicate:
            returned = f.model.duplicateStatement(index);
            break;
        case Action::Delete:
            f.model.deleteStatement(index);
            break;
        case Action::MoveUp:
            returned = f.model.moveStatement(index, -1);
            break;
        case Action::MoveDown:
            returned = f.model.moveStatement(index, +1);
            break;
        }
    });
    QCOMPARE(text, expected);
    QCOMPARE(returned, focus);
}

void TestPolicyTreeModel::shouldAddAndRemoveValues_data()
{
    QTest::addColumn<bool>("add");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("focus");
    QTest::addRow("scalar action becomes an array")
        << true << QStringLiteral("/Statement/0/Action")
        << withReplaced(policy, "\"Action\": \"secretsmanager:GetSecretValue\"",
                        "\"Action\": [\n                \"secretsmanager:GetSecretValue\",\n"
                        "                \"\"\n            ]")
        << QStringLiteral("/Statement/0/Action/1");
    QTest::addRow("from a value: append to its list")
        << true << QStringLiteral("/Statement/1/NotAction/0")
        << withReplaced(policy, "7]", "7, \"\"]") << QStringLiteral("/Statement/1/NotAction/2");
    QTest::addRow("principal type")
        << true << QStringLiteral("/Statement/0/Principal/Service")
        << withReplaced(policy, "\"Service\": \"s3.amazonaws.com\"",
                        "\"Service\": [\"s3.amazonaws.com\", \"\"]")
        << QStringLiteral("/Statement/0/Principal/Service/1");
    QTest::addRow("not on a statement") << true << QStringLiteral("/Statement/0")
                                        << QStringLiteral("<none>") << QString();
    QTest::addRow("not on Principal \"*\"") << true << QStringLiteral("/Statement/1/Principal")
                                            << QStringLiteral("<none>") << QString();
    QTest::addRow("remove an item")
        << false << QStringLiteral("/Statement/0/Principal/AWS/1")
        << withReplaced(policy, ", \"444455556666\"", "") << QString();
    QTest::addRow("remove an element")
        << false << QStringLiteral("/Statement/1/Extra")
        << withReplaced(policy, ",\n            \"Extra\": {\"a\": [1, 2]}", "") << QString();
    QTest::addRow("remove an operator")
        << false << QStringLiteral("/Statement/0/Condition/StringEquals")
        << withReplaced(policy, "\"StringEquals\": {\"secretsmanager:VersionStage\": \"AWSCURRENT\"},\n                ", "")
        << QString();
    QTest::addRow("statements are deleted, not removed")
        << false << QStringLiteral("/Statement/2") << QStringLiteral("<none>") << QString();
}

void TestPolicyTreeModel::shouldAddAndRemoveValues()
{
    QFETCH(bool, add);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFETCH(QString, focus);
    Fixture f(policy);
    const QModelIndex index = f.model.indexForPath(path);
    QCOMPARE(add ? f.model.canAddValue(index) : f.model.canRemoveValue(index),
             expected != QStringLiteral("<none>"));
    QString returned;
    QCOMPARE(f.afterEdit([&] {
                 if (add)
                     returned = f.model.addValue(index);
                 else
                     f.model.removeValue(index);
             }),
             expected);
    QCOMPARE(returned, focus);
}

void TestPolicyTreeModel::shouldAddConditions()
{
    Fixture f(policy);
    QString returned;
    QString description;
    QCOMPARE(f.afterEdit([&] {
                 returned = f.model.addCondition(1, QStringLiteral("StringEquals"),
                                                 QStringLiteral("aws:PrincipalOrgID"),
                                                 QStringLiteral("o-123"));
             }, &description),
             withReplaced(policy, "\"Extra\": {\"a\": [1, 2]}\n",
                          "\"Extra\": {\"a\": [1, 2]},\n            \"Condition\": {\n"
                          "                \"StringEquals\": {\n"
                          "                    \"aws:PrincipalOrgID\": \"o-123\"\n"
                          "                }\n            }\n"));
    QCOMPARE(returned, QStringLiteral("/Statement/1/Condition/StringEquals/aws:PrincipalOrgID"));
    QCOMPARE(description, QStringLiteral("Add Condition"));
    // An existing operator gets the key.
    QCOMPARE(f.afterEdit([&] {
                 f.model.addCondition(0, QStringLiteral("NumericLessThan"),
                                      QStringLiteral("aws:EpochTime"), QStringLiteral("1"));
             }),
             withReplaced(policy, "3600}", "3600, \"aws:EpochTime\": \"1\"}"));
    QCOMPARE(f.afterEdit([&] { f.model.addCondition(7, QStringLiteral("Bool"), QStringLiteral("k"), {}); }),
             QStringLiteral("<none>"));
}

void TestPolicyTreeModel::shouldStartAPolicyFromAnEmptyDocument()
{
    PolicyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy spy(&model, &PolicyTreeModel::editRequested);
    QCOMPARE(model.addStatement(), QStringLiteral("/Statement/0/Principal/AWS"));
    QCOMPARE(spy.count(), 1);
    const auto edit = spy.at(0).at(0).value<engine::TextEdit>();
    QCOMPARE(QString::fromStdString(engine::edit::apply("", edit)),
             QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n"
                            "            \"Sid\": \"Statement0\",\n"
                            "            \"Effect\": \"Allow\",\n"
                            "            \"Principal\": {\n"
                            "                \"AWS\": \"\"\n"
                            "            },\n"
                            "            \"Action\": \"secretsmanager:GetSecretValue\",\n"
                            "            \"Resource\": \"*\"\n"
                            "        }\n    ]\n}\n"));
}

void TestPolicyTreeModel::shouldGreyAndLockWhenStale()
{
    Fixture f(policy);
    const QModelIndex effect = f.at("/Statement/0/Effect", 1);
    QVERIFY(f.model.flags(effect).testFlag(Qt::ItemIsEditable));
    QVERIFY(!effect.data(Qt::ForegroundRole).isValid());
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setStale(true);
    QVERIFY(f.model.isStale());
    QVERIFY(changes.count() > 0);
    QCOMPARE(changes.at(0).at(2).value<QList<int>>(), QList<int>{Qt::ForegroundRole});
    QVERIFY(!f.model.flags(effect).testFlag(Qt::ItemIsEditable));
    QVERIFY(effect.data(Qt::ForegroundRole).isValid());
    QCOMPARE(snapshot(f.model).count(QLatin1Char('\n')), 31); // the last tree stays
    QCOMPARE(f.afterEdit([&] { f.model.setData(effect, QStringLiteral("Deny")); }),
             QStringLiteral("<none>"));
    QCOMPARE(f.afterEdit([&] { f.model.addStatement(); }), QStringLiteral("<none>"));
    QVERIFY(!f.model.canRemoveValue(f.at("/Statement/0/Sid")));
    changes.clear();
    f.model.setStale(true);
    QCOMPARE(changes.count(), 0);
    // A new document clears the stale state.
    engine::json::ReadResult r = engine::json::read(policy);
    f.model.setDocument(QByteArray(policy), std::move(r.value));
    QVERIFY(!f.model.isStale());
}

void TestPolicyTreeModel::shouldMarkFindings()
{
    Fixture f(policy);
    engine::Diagnostic warning;
    warning.severity = engine::Severity::Warning;
    warning.message = "a warning";
    warning.path = "/Statement/0/Condition/StringEquals/secretsmanager:VersionStage";
    engine::Diagnostic error;
    error.severity = engine::Severity::Error;
    error.message = "an error";
    error.path = "/Statement/0/Action/0"; // no such node: its parent is marked
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    f.model.setFindings({warning, error});
    QVERIFY(changes.count() > 0);
    const auto severity = [&](const char *path) {
        return f.at(path).data(PolicyTreeModel::SeverityRole).toInt();
    };
    QCOMPARE(severity("/Statement/0/Condition/StringEquals/secretsmanager:VersionStage"),
             int(engine::Severity::Warning));
    QCOMPARE(severity("/Statement/0/Condition"), int(engine::Severity::Warning));
    QCOMPARE(severity("/Statement/0/Action"), int(engine::Severity::Error));
    QCOMPARE(severity("/Statement/0"), int(engine::Severity::Error));
    QCOMPARE(severity("/Statement/1"), -1);
    // The finding wins the tooltip; What's This? still explains the action (helptexts.h).
    const QString actionHelp = model::actionHelp(QStringLiteral("secretsmanager:GetSecretValue"));
    QCOMPARE(f.at("/Statement/0/Action").data(Qt::ToolTipRole).toString(), QStringLiteral("an error"));
    QCOMPARE(f.at("/Statement/0/Action").data(Qt::WhatsThisRole).toString(), actionHelp);
    // Findings survive a reparse of the same document and go with setFindings({}).
    engine::json::ReadResult r = engine::json::read(policy);
    f.model.setDocument(QByteArray(policy), std::move(r.value));
    QCOMPARE(severity("/Statement/0/Action"), int(engine::Severity::Error));
    f.model.setFindings({});
    QCOMPARE(severity("/Statement/0/Action"), -1);
    QCOMPARE(f.at("/Statement/0/Action").data(Qt::ToolTipRole).toString(), actionHelp);
    QVERIFY(!f.at("/Statement/0/Sid").data(Qt::ToolTipRole).isValid());
}

void TestPolicyTreeModel::shouldEditDuplicateKeysThroughTheirOwnSpans()
{
    const char *const text = R"({"Statement": [{"Effect": "Allow", "Effect": "Deny"}]})";
    Fixture f(text);
    QCOMPARE(snapshot(f.model), QStringLiteral("Statement 0=\n  Effect=Allow\n  Effect=Deny\n"));
    const QModelIndex second = f.model.index(1, 1, f.model.index(0, 0));
    QCOMPARE(second.data().toString(), QStringLiteral("Deny"));
    QCOMPARE(f.afterEdit([&] { f.model.setData(second, QStringLiteral("Allow")); }),
             QStringLiteral(R"({"Statement": [{"Effect": "Allow", "Effect": "Allow"}]})"));
    QVERIFY(!f.model.canRemoveValue(second));
    QVERIFY(f.model.canRemoveValue(second.siblingAtRow(0)));
}

void TestPolicyTreeModel::shouldResetOncePerDocument()
{
    Fixture f(policy);
    QSignalSpy aboutToReset(&f.model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    engine::json::ReadResult r = engine::json::read(small);
    f.model.setDocument(QByteArray(small), std::move(r.value));
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.model.rowCount(), 2);
}

void TestPolicyTreeModel::shouldCollectVersionStages()
{
    Fixture f(R"({"Statement": [{"Condition": {
        "StringEquals": {"secretsmanager:VersionStage": ["AWSCURRENT", "MyLabel"]},
        "StringLike": {"secretsmanager:versionstage": "Other", "aws:PrincipalArn": "x"}}}]})");
    QCOMPARE(f.model.versionStagesInUse(),
             (QStringList{QStringLiteral("AWSCURRENT"), QStringLiteral("MyLabel"),
                          QStringLiteral("Other")}));
}

// A policy of about 20,000 bytes: statements like the example ones, one per line group.
static std::string largePolicy()
{
    std::string text = "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n";
    for (int i = 0; text.size() < 19'500; ++i) {
        if (i > 0)
            text += ",\n";
        text += "        {\n            \"Sid\": \"S" + std::to_string(i) + "\",\n"
                "            \"Effect\": \"Allow\",\n"
                "            \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:role/r" + std::to_string(i) + "\", \"444455556666\"]},\n"
                "            \"Action\": [\"secretsmanager:GetSecretValue\", \"secretsmanager:DescribeSecret\"],\n"
                "            \"Resource\": \"*\",\n"
                "            \"Condition\": {\"StringEquals\": {\"secretsmanager:VersionStage\": \"AWSCURRENT\"}}\n"
                "        }";
    }
    return text + "\n    ]\n}\n";
}

void TestPolicyTreeModel::benchmarkSetDocumentNearTheSizeLimit()
{
    // Keystroke -> refreshed tree is parse + setDocument; this is the model's part.
    const std::string text = largePolicy();
    QVERIFY(text.size() > 19'500 && text.size() < 20'480);
    const engine::json::ReadResult parsed = engine::json::read(text);
    QVERIFY(parsed.ok);
    PolicyTreeModel model;
    const QByteArray bytes = QByteArray::fromStdString(text);
    QBENCHMARK {
        model.setDocument(bytes, parsed.value);
    }
    QVERIFY(model.rowCount() > 40);
}

void TestPolicyTreeModel::benchmarkTreeEditNearTheSizeLimit()
{
    // Tree edit -> text edit: the model's part of "tree edit to refreshed text".
    Fixture f(largePolicy());
    const QModelIndex effect = f.model.indexForPath(QStringLiteral("/Statement/30/Effect"), 1);
    QVERIFY(effect.isValid());
    const QModelIndex action = f.model.indexForPath(QStringLiteral("/Statement/30/Action"));
    int edits = 0;
    connect(&f.model, &PolicyTreeModel::editRequested, this, [&] { ++edits; });
    QBENCHMARK {
        f.model.setData(effect, QStringLiteral("Deny"));
        f.model.addValue(action, QStringLiteral("secretsmanager:ListSecrets"));
    }
    QVERIFY(edits >= 2);
}

QTEST_MAIN(TestPolicyTreeModel)
void TestPolicyTreeModel::shouldExplainOperatorsKeysAndActions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // the help text the row must carry

    QTest::addRow("operator") << "/Statement/0/Condition/StringEquals"
                              << model::operatorHelp(QStringLiteral("StringEquals"));
    QTest::addRow("key") << "/Statement/0/Condition/StringEquals/secretsmanager:VersionStage"
                         << model::keyHelp(QStringLiteral("secretsmanager:VersionStage"));
    QTest::addRow("numeric key") << "/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge"
                                 << model::keyHelp(QStringLiteral("aws:MultiFactorAuthAge"));
    QTest::addRow("scalar action") << "/Statement/0/Action"
                                   << model::actionHelp(QStringLiteral("secretsmanager:GetSecretValue"));
    QTest::addRow("action pattern") << "/Statement/1/NotAction/0"
                                    << model::actionHelp(QStringLiteral("secretsmanager:Describe*"));
    QTest::addRow("statement") << "/Statement/0" << QString();
}

void TestPolicyTreeModel::shouldExplainOperatorsKeysAndActions()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    Fixture f(policy);
    const QModelIndex index = f.model.indexForPath(path);
    QVERIFY(index.isValid());
    // Both columns of the row, as tooltip and as "What's This?".
    for (const QModelIndex &i : {index, index.siblingAtColumn(PolicyTreeModel::ValueColumn)}) {
        QCOMPARE(i.data(Qt::WhatsThisRole).toString(), expected);
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), expected);
    }
    if (!expected.isEmpty())
        QVERIFY(expected.startsWith(QStringLiteral("<p><b>")));
}

#include "tst_policytreemodel.moc"
