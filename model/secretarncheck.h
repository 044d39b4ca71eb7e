// Checks that a text is the ARN of a Secrets Manager secret, with the engine's ARN code
// (engine/values/arn.h), and says where it goes wrong, for forms that take an ARN:
//
//   const model::SecretArnProblem p = model::checkSecretArn(edit->text());
//   if (!p.isOk()) { edit->setSelection(p.position, p.length); label->setText(p.message); }
#pragma once

#include <QString>

namespace model {

struct SecretArnProblem
{
    QString message; // translated, names the 1-based column; empty when the ARN is fine
    int position = 0; // 0-based index into the checked QString of the offending part
    int length = 0;   // its length in QChars (0 for something missing at `position`)

    bool isOk() const { return message.isEmpty(); }
};

// An empty text is fine (it means "none"). Otherwise the ARN must have six fields,
// `arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME`, with a 12-digit account and a
// name of letters, digits and /_+=.@-: exactly what engine::requestResourceError() accepts,
// so the GUI never simulates requests `secret-policy eval` would refuse.
SecretArnProblem checkSecretArn(const QString &arn);

} // namespace model
