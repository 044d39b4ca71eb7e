// FindingText's other tables (findingtext.h): the phrases the engine fills into messages, the
// JSON reader's messages and the checks' descriptions, marked for translation.
#include "findingtext_p.h"

#include <QtGlobal>

namespace model::findingtext {

namespace {

// Phrases the engine fills into the messages (findingtext_messages.cpp) (reasons, places, JSON
// types...).
const FindingTemplate kPhrases[] = {
    // What must be a JSON object, of which type an element must be.
    {"", QT_TRANSLATE_NOOP("FindingText", "The policy")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Statement %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "The operator block %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Each entry of %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "The value of %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Each value of %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "%1 in %2")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a string")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a string or an array of strings")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a string, number or boolean")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a string, number or boolean, or an array of them")},
    {"", QT_TRANSLATE_NOOP("FindingText", "null")},
    {"", QT_TRANSLATE_NOOP("FindingText", "boolean")},
    {"", QT_TRANSLATE_NOOP("FindingText", "number")},
    {"", QT_TRANSLATE_NOOP("FindingText", "string")},
    {"", QT_TRANSLATE_NOOP("FindingText", "array")},
    {"", QT_TRANSLATE_NOOP("FindingText", "object")},
    // invalid-value: what a value is not; type-mismatch: a key type.
    {"", QT_TRANSLATE_NOOP("FindingText", "date")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Boolean (\"true\" or \"false\")")},
    {"", QT_TRANSLATE_NOOP("FindingText", "IP address or CIDR range")},
    {"", QT_TRANSLATE_NOOP("FindingText", "base64 value")},
    {"", QT_TRANSLATE_NOOP("FindingText", "IP address")},
    // invalid-resource, action-not-applicable, variable-syntax: reasons.
    {"", QT_TRANSLATE_NOOP("FindingText", "it does not start with \"arn:\"")},
    {"", QT_TRANSLATE_NOOP("FindingText", "it has fewer than six colon-separated fields")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the service field contains a wildcard")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the service field has upper-case letters")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the secret does not exist yet when it is called")},
    {"", QT_TRANSLATE_NOOP("FindingText", "it does not act on one secret")},
    {"", QT_TRANSLATE_NOOP("FindingText", "it has no closing \"}\"")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the variable name is empty")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the variable name contains a space")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the default value must be written , 'value'")},
    // variable-not-allowed-here: places.
    {"", QT_TRANSLATE_NOOP("FindingText", "condition keys")},
    {"", QT_TRANSLATE_NOOP("FindingText", "%1 values")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the first five fields of an ARN")},
    // public-access, cross-account-access, policy-management-grant.
    {"", QT_TRANSLATE_NOOP("FindingText", "every action except %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Any principal")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Account %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "Accounts %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "(the secret's account is not known)")},
    {"", QT_TRANSLATE_NOOP("FindingText", "the key")},
    // allow-absent-key: a request without the key.
    {"",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "a caller from an account that belongs to no organization, or a service principal")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a call that does not come through a VPC endpoint")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a call that comes through a VPC endpoint")},
    {"",
     QT_TRANSLATE_NOOP("FindingText", "a call that no AWS service makes on behalf of a resource")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a call signed with long-term access keys")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a caller without that tag")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a secret without that tag")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a request that sets no such tag")},
    {"", QT_TRANSLATE_NOOP("FindingText", "a call that does not pass the parameter")},
    // never-applies: why two condition pairs contradict each other.
    {"",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"Null\" requires %1 to be absent, but \"%2\" requires it to be present")},
    {"", QT_TRANSLATE_NOOP("FindingText", "%1 cannot equal both %2 and %3")},
    {"",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "\"StringNotEquals\" excludes every value that \"StringEquals\" allows for %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "no value of %1 is both %2 %3 and %4 %5")},
    {"", QT_TRANSLATE_NOOP("FindingText", "%1 cannot be both \"true\" and \"false\"")},
};

// The JSON reader's messages (json-syntax and the editor's error banner).
const FindingTemplate kParserMessages[] = {
    {"", QT_TRANSLATE_NOOP("FindingText", "unexpected end of text")},
    {"", QT_TRANSLATE_NOOP("FindingText", "empty text")},
    {"", QT_TRANSLATE_NOOP("FindingText", "nesting deeper than %1 levels")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected `,` or `]` after an array element")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected `,` or `}` after a property value")},
    {"", QT_TRANSLATE_NOOP("FindingText", "trailing characters after the JSON value")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected a property name")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected `:` after a property name")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected a value")},
    {"", QT_TRANSLATE_NOOP("FindingText", "unescaped line break in a string")},
    {"", QT_TRANSLATE_NOOP("FindingText", "unescaped tab in a string")},
    {"", QT_TRANSLATE_NOOP("FindingText", "unescaped control character %1 in a string")},
    {"", QT_TRANSLATE_NOOP("FindingText", "invalid escape: `\\` followed by %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "invalid escape `%1`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "unpaired surrogate `%1`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected 4 hex digits after `\\u`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected a digit after `-`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "leading zeros are not allowed")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected a digit after `.`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "expected a digit in the exponent")},
    {"", QT_TRANSLATE_NOOP("FindingText", "invalid literal `%1`")},
    {"", QT_TRANSLATE_NOOP("FindingText", "text larger than %1 bytes")},
    {"", QT_TRANSLATE_NOOP("FindingText", "invalid UTF-8 byte %1")},
    {"", QT_TRANSLATE_NOOP("FindingText", "truncated UTF-8 sequence")},
    {"", QT_TRANSLATE_NOOP("FindingText", "overlong UTF-8 sequence")},
    {"", QT_TRANSLATE_NOOP("FindingText", "surrogate code point encoded in UTF-8")},
    {"", QT_TRANSLATE_NOOP("FindingText", "code point above U+10FFFF")},
    {"", QT_TRANSLATE_NOOP("FindingText", "invalid UTF-8")},
};

// engine::checks() descriptions, by id.
const FindingTemplate kDescriptions[] = {
    {"json-syntax", QT_TRANSLATE_NOOP("CheckDescription", "The text is not valid JSON.")},
    {"duplicate-key",
     QT_TRANSLATE_NOOP("CheckDescription", "A JSON object contains the same key twice.")},
    {"not-an-object",
     QT_TRANSLATE_NOOP("CheckDescription", "A value that must be a JSON object is not one.")},
    {"unknown-element",
     QT_TRANSLATE_NOOP("CheckDescription", "A key that is not a policy element.")},
    {"invalid-version",
     QT_TRANSLATE_NOOP("CheckDescription", "Version is not \"2012-10-17\" or \"2008-10-17\".")},
    {"missing-statement", QT_TRANSLATE_NOOP("CheckDescription", "The policy has no statements.")},
    {"invalid-effect",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "Effect is missing or not exactly \"Allow\" or \"Deny\".")},
    {"missing-principal",
     QT_TRANSLATE_NOOP("CheckDescription", "A statement has neither Principal nor NotPrincipal.")},
    {"missing-action",
     QT_TRANSLATE_NOOP("CheckDescription", "A statement has neither Action nor NotAction.")},
    {"missing-resource",
     QT_TRANSLATE_NOOP("CheckDescription", "A statement has neither Resource nor NotResource.")},
    {"conflicting-elements",
     QT_TRANSLATE_NOOP("CheckDescription", "An element and its Not form in one statement.")},
    {"invalid-type",
     QT_TRANSLATE_NOOP("CheckDescription", "An element value of the wrong JSON type.")},
    {"invalid-principal",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A principal that is not \"*\", an account, or an IAM/STS ARN (blocking "
                       "when structural).")},
    {"principal-partial-wildcard",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A wildcard inside a principal ARN, which matches nobody.")},
    {"invalid-action",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "An action that is not service:ActionName (blocking without exactly one colon).")},
    {"unknown-service",
     QT_TRANSLATE_NOOP("CheckDescription", "An action prefix that is no AWS service.")},
    {"unknown-action",
     QT_TRANSLATE_NOOP("CheckDescription", "A secretsmanager: pattern that matches no action.")},
    {"unsupported-action",
     QT_TRANSLATE_NOOP("CheckDescription", "An action of another service in a secret policy.")},
    {"invalid-resource",
     QT_TRANSLATE_NOOP("CheckDescription", "A resource that is not \"*\" or a valid ARN.")},
    {"unknown-operator",
     QT_TRANSLATE_NOOP("CheckDescription", "A condition operator that does not exist.")},
    {"invalid-condition-key",
     QT_TRANSLATE_NOOP("CheckDescription", "A condition key without a prefix or tag name.")},
    {"unknown-condition-key",
     QT_TRANSLATE_NOOP("CheckDescription", "An aws: or secretsmanager: key that AWS never sets.")},
    {"missing-qualifier",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A multivalued key compared without ForAnyValue/ForAllValues.")},
    {"multiple-bool-values",
     QT_TRANSLATE_NOOP("CheckDescription", "A Bool key with more than one value.")},
    {"variable-syntax", QT_TRANSLATE_NOOP("CheckDescription", "A malformed policy variable.")},
    {"variable-needs-2012",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A policy variable in a policy without Version 2012-10-17.")},
    {"variable-not-allowed-here",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A policy variable where variables are not substituted.")},
    {"multivalued-variable",
     QT_TRANSLATE_NOOP("CheckDescription", "A policy variable naming a multivalued key.")},
    {"duplicate-key-case",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "Two spellings of one condition key in one operator block.")},
    {"policy-too-large",
     QT_TRANSLATE_NOOP("CheckDescription", "The policy is longer than 20,480 characters.")},
    {"sourceip-private-only",
     QT_TRANSLATE_NOOP("CheckDescription", "aws:SourceIp compared only with private ranges.")},
    {"public-access",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "An Allow open to any principal without a pinning condition.")},
    {"possibly-public-access",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "An Allow open to any principal, limited only by principal or IP conditions.")},
    {"allow-with-notprincipal",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "Allow with NotPrincipal grants everyone except the listed principals.")},
    {"cross-account-access",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "An Allow for principals of another account (needs the secret ARN).")},
    {"policy-management-grant",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "An open or cross-account Allow of PutResourcePolicy or DeleteResourcePolicy.")},
    {"allow-notaction",
     QT_TRANSLATE_NOOP("CheckDescription", "Allow with NotAction grants every other action.")},
    {"forallvalues-single-valued-key",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "ForAllValues on a single-valued key, true when the key is absent.")},
    {"allow-absent-key",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "An open or cross-account Allow whose condition holds when a key is absent.")},
    {"service-principal-without-source",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "A Service principal without an aws:SourceAccount or aws:SourceArn condition.")},
    {"stage-deny-bypass",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "A Deny on VersionStage/VersionId that callers bypass by not passing the parameter.")},
    {"missing-version", QT_TRANSLATE_NOOP("CheckDescription", "The policy has no Version.")},
    {"old-version",
     QT_TRANSLATE_NOOP("CheckDescription", "Version 2008-10-17, the old policy language.")},
    {"duplicate-sid", QT_TRANSLATE_NOOP("CheckDescription", "Two statements with the same Sid.")},
    {"sid-format",
     QT_TRANSLATE_NOOP("CheckDescription", "A Sid with characters other than letters and digits.")},
    {"resource-not-star",
     QT_TRANSLATE_NOOP("CheckDescription", "A specific resource ARN instead of \"*\".")},
    {"resource-never-matches",
     QT_TRANSLATE_NOOP("CheckDescription", "No Resource entry can match the secret.")},
    {"action-not-applicable",
     QT_TRANSLATE_NOOP("CheckDescription", "An action that a secret policy never decides.")},
    {"type-mismatch",
     QT_TRANSLATE_NOOP("CheckDescription", "An operator family that does not fit the key's type.")},
    {"invalid-value",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A condition value that cannot be read for its operator.")},
    {"wildcard-without-like",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A wildcard in a value of an operator that compares literally.")},
    {"condition-key-not-supported",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A condition key that none of the statement's actions supplies.")},
    {"stage-condition-needs-parameter",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "An Allow on VersionStage/VersionId that default GetSecretValue calls do not satisfy.")},
    {"version-stage-typo",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A VersionStage value that looks like a misspelt AWS stage.")},
    {"principal-unique-id",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A principal given as the unique id of a deleted user or role.")},
    {"unsupported-principal-type",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A Federated or CanonicalUser principal in a secret policy.")},
    {"notprincipal-deny-incomplete",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "Deny with NotPrincipal that misses the account or role of a listed principal.")},
    {"never-applies",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "Two condition pairs that no request satisfies together.")},
    {"network-condition-side-effects",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "A network Deny that also blocks AWS services acting for you.")},
    {"mfa-condition-pitfall",
     QT_TRANSLATE_NOOP(
         "CheckDescription",
         "A Deny on Bool aws:MultiFactorAuthPresent false, which long-term keys bypass.")},
    {"foreign-condition-key",
     QT_TRANSLATE_NOOP("CheckDescription", "A condition key of another service.")},
    {"date-without-zone",
     QT_TRANSLATE_NOOP("CheckDescription", "A date with a time but no time zone.")},
    {"operator-case",
     QT_TRANSLATE_NOOP("CheckDescription", "An operator recognised only ignoring case.")},
    {"bool-variable", QT_TRANSLATE_NOOP("CheckDescription", "A policy variable in a Bool value.")},
    {"empty-array", QT_TRANSLATE_NOOP("CheckDescription", "An empty list.")},
    {"empty-object",
     QT_TRANSLATE_NOOP("CheckDescription", "An empty Condition, operator block or Principal.")},
    {"empty-sid", QT_TRANSLATE_NOOP("CheckDescription", "An empty Sid.")},
    {"redundant-action",
     QT_TRANSLATE_NOOP("CheckDescription", "An action covered by another of the same element.")},
    {"redundant-resource",
     QT_TRANSLATE_NOOP("CheckDescription", "A resource covered by another of the same element.")},
    {"redundant-principal",
     QT_TRANSLATE_NOOP("CheckDescription", "A principal listed twice or covered by its role.")},
    {"redundant-statement",
     QT_TRANSLATE_NOOP("CheckDescription", "Two statements that say the same.")},
    {"redundant-condition-value",
     QT_TRANSLATE_NOOP("CheckDescription", "Several values under an ordering operator.")},
    {"improve-ip-range",
     QT_TRANSLATE_NOOP("CheckDescription", "A CIDR with bits set after the prefix.")},
    {"wildcard-in-service",
     QT_TRANSLATE_NOOP("CheckDescription", "A wildcard in an action's service prefix.")},
    {"null-with-qualifier",
     QT_TRANSLATE_NOOP("CheckDescription", "ForAnyValue:Null or ForAllValues:Null.")},
    {"condition-key-case",
     QT_TRANSLATE_NOOP("CheckDescription", "A condition key not in its usual spelling.")},
    {"prefer-principalarn",
     QT_TRANSLATE_NOOP("CheckDescription",
                       "NotPrincipal instead of Principal \"*\" with aws:PrincipalArn.")},
    {"suffix-wildcard", QT_TRANSLATE_NOOP("CheckDescription", "A secret ARN ending in \"-*\".")},
    {"near-size-limit",
     QT_TRANSLATE_NOOP("CheckDescription", "The policy is close to 20,480 characters.")},
};

// The simulation's English texts: derived principals' labels and the evaluator's warnings.
const FindingTemplate kSimulation[] = {
    {"", QT_TRANSLATE_NOOP("SimulationText", "a principal in account %1")},
    {"", QT_TRANSLATE_NOOP("SimulationText", "another principal in the secret's account")},
    {"", QT_TRANSLATE_NOOP("SimulationText", "a principal in another account")},
    {"", QT_TRANSLATE_NOOP("SimulationText", "anonymous")},
    {"",
     QT_TRANSLATE_NOOP("SimulationText",
                       "the resource %1 has no six-character suffix: a secret's ARN ends in a "
                       "hyphen and six random characters")},
    {"",
     QT_TRANSLATE_NOOP("SimulationText",
                       "Secrets Manager sees federated callers as assumed-role sessions: "
                       "evaluate the session ARN instead")},
    {"",
     QT_TRANSLATE_NOOP("SimulationText",
                       "cross-account access to the secret value also needs kms:Decrypt (and "
                       "for writes kms:GenerateDataKey) on the secret's KMS key; the AWS "
                       "managed key aws/secretsmanager cannot be used from another account")},
    {"",
     QT_TRANSLATE_NOOP("SimulationText",
                       "identityPolicies not given: assumed to hold no Deny that applies")},
    {"",
     QT_TRANSLATE_NOOP("SimulationText",
                       "context key %1 is ignored: secretsmanager:%2 never supplies it")},
};

} // namespace

std::span<const FindingTemplate> phrases()
{
    return kPhrases;
}

std::span<const FindingTemplate> parserMessages()
{
    return kParserMessages;
}

std::span<const FindingTemplate> simulationTexts()
{
    return kSimulation;
}

std::span<const FindingTemplate> descriptions()
{
    return kDescriptions;
}

} // namespace model::findingtext
