// PolicyTreeModel: tree snapshots as strings, setData and actions as exact text edits, and
// QAbstractItemModelTester attached before the model is filled.
#include "policytreemodel.h"

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

class TestPolicyTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowTheTree();
    void smoke();
};

void TestPolicyTreeModel::shouldShowTheTree()
{
    Fixture f(policy);
    QCOMPARE(snapshot(f.model), QStringLiteral("Version=2012-10-17\n"
                                               "Id=Zürich\n"
                                               "Statement 1=Read\n"
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
                                               "Statement 2=\n"
                                               "  Effect=Deny\n"
                                               "  Principal=*\n"
                                               "  NotAction=\n"
                                               "    =secretsmanager:Describe*\n"
                                               "    =7\n"
                                               "  Resource=*\n"
                                               "  Extra={\"a\":[1,2]}\n"
                                               "Statement 3=\"not a statement\"\n"
                                               "Custom=null\n"));
}

void TestPolicyTreeModel::smoke()
{
    Fixture f(policy);
    QString description;
    QCOMPARE(f.afterEdit([&] { f.model.setData(f.at("/Statement/0/Effect", 1), QStringLiteral("Deny")); },
                         &description),
             withReplaced(policy, "\"Effect\": \"Allow\"", "\"Effect\": \"Deny\""));
    QCOMPARE(description, QStringLiteral("Change Effect"));
}

QTEST_MAIN(TestPolicyTreeModel)
#include "tst_policytreemodel.moc"
