// File > Open from AWS...: a profile and region, the secrets of that account and region
// (`aws secretsmanager list-secrets`, every page, filtered as you type), then the chosen
// secret's policy (`get-resource-policy`). The dialog stays usable while `aws` runs; a failure
// is said in the dialog, which stays open for another try. Accepted once the policy arrived:
// answer() holds the get-resource-policy output.
#pragma once

#include "awscli.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace views {

class AwsTargetWidget;

class AwsOpenDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ArnColumn };

    explicit AwsOpenDialog(QWidget *parent = nullptr);

    model::AwsTarget target() const;
    void setTarget(const model::AwsTarget &target);
    // Lists the secrets of the current target again (also done when the dialog shows and when
    // the target changes).
    void refresh();
    // Fetches the policy of the selected secret; accept() follows when it arrives.
    void openSelected();
    // The ARN of the selected secret (empty when none).
    QString selectedArn() const;
    bool selectSecret(const QString &arnOrName);
    // The get-resource-policy output that was fetched.
    QByteArray answer() const { return m_answer; }
    int secretCount() const;

    model::AwsCli *cli() const { return m_cli; }
    AwsTargetWidget *targetWidget() const { return m_target; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *secretView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *openButton() const { return m_open; }

    // Stops a command still running, then closes.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Step { Idle, Listing, Fetching };
    void onFinished(const model::AwsResult &result);
    void listPage(const QString &token);
    void setStatus(const QString &text, bool error = false);
    void updateButtons();

    model::AwsCli *m_cli;              // owned (QObject child)
    AwsTargetWidget *m_target;         // owned by the widget tree (all widgets)
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QDialogButtonBox *m_buttons;
    QStandardItemModel *m_secrets;     // owned (QObject child)
    QSortFilterProxyModel *m_filtered; // owned (QObject child)
    Step m_step = Step::Idle;
    QByteArray m_answer;
    bool m_listedOnce = false;
};

} // namespace views
