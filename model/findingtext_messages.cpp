// FindingText's message templates (findingtext.h): every message of checks.md as the
// engine writes it, one entry per variant, marked for translation. Keep them in step with
// engine/: tests/views/tst_findingtext.cpp fails on a finding of the test data without one.
#include "findingtext_p.h"

#include <QtGlobal>

namespace model::findingtext {

namespace {

// The messages of checks.md as the engine writes them, one entry per variant.
const FindingTemplate kMessages[] = {
    // ERROR
    {"json-syntax",
     QT_TRANSLATE_NOOP("FindingText", "The policy is not valid JSON: %1 (line %2, column %3).")},
    {"duplicate-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 appears more than once in the same object. AWS rejects repeated keys; "
                       "keep one %1 and put all its values in one array.")},
    {"not-an-object", QT_TRANSLATE_NOOP("FindingText", "%1 must be a JSON object.")},
    {"unknown-element",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a policy element. Did you mean %2? Element names are "
                       "case-sensitive.")},
    {"unknown-element",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a policy element. Element names are case-sensitive.")},
    {"invalid-version",
     QT_TRANSLATE_NOOP("FindingText",
                       "Version must be \"2012-10-17\" (current) or \"2008-10-17\" (old); "
                       "found %1.")},
    {"missing-statement",
     QT_TRANSLATE_NOOP("FindingText", "The policy has no statements. Add at least one statement.")},
    {"invalid-effect",
     QT_TRANSLATE_NOOP("FindingText", "Effect must be exactly \"Allow\" or \"Deny\".")},
    {"invalid-effect",
     QT_TRANSLATE_NOOP("FindingText", "Effect must be exactly \"Allow\" or \"Deny\", found %1.")},
    {"missing-principal",
     QT_TRANSLATE_NOOP("FindingText",
                       "A statement in a secret policy must say whom it applies to. Add a "
                       "\"Principal\" element, for example {\"AWS\": "
                       "\"arn:aws:iam::111122223333:role/Reader\"}.")},
    {"missing-action",
     QT_TRANSLATE_NOOP("FindingText",
                       "Add an \"Action\" element listing the Secrets Manager actions this "
                       "statement covers.")},
    {"missing-resource",
     QT_TRANSLATE_NOOP("FindingText",
                       "Add \"Resource\": \"*\". In a secret policy \"*\" means the secret "
                       "this policy is attached to.")},
    {"conflicting-elements",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 and %2 cannot be used in the same statement. Keep one of them.")},
    {"invalid-type", QT_TRANSLATE_NOOP("FindingText", "%1 must be %2; found %3.")},
    {"invalid-principal",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a valid principal. Use \"*\", an account id, or the ARN of "
                       "an account, user, role or role session under \"AWS\".")},
    {"principal-partial-wildcard",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "Wildcards do not work inside a principal ARN; this entry matches nobody. To allow a "
         "group "
         "of principals use \"Principal\": \"*\" with a condition such as \"ArnLike\": "
         "{\"aws:PrincipalArn\": %1}.")},
    {"invalid-action",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not an action. Write it as service:ActionName, for example "
                       "\"secretsmanager:GetSecretValue\".")},
    {"unknown-service",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not an AWS service prefix. Did you mean \"secretsmanager\"?")},
    {"unknown-action",
     QT_TRANSLATE_NOOP("FindingText", "%1 matches no Secrets Manager action. Did you mean %2?")},
    {"unknown-action", QT_TRANSLATE_NOOP("FindingText", "%1 matches no Secrets Manager action.")},
    {"unsupported-action",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a Secrets Manager action. A secret policy only controls "
                       "Secrets Manager actions on this secret; grant KMS permissions in the "
                       "key policy.")},
    {"unsupported-action",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a Secrets Manager action. A secret policy only controls "
                       "Secrets Manager actions on this secret; grant it in an identity "
                       "policy.")},
    {"invalid-resource",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a valid resource ARN (%2); this entry matches nothing. In a "
                       "secret policy use \"*\".")},
    {"unknown-operator",
     QT_TRANSLATE_NOOP("FindingText", "%1 is not a condition operator. Did you mean %2?")},
    {"unknown-operator", QT_TRANSLATE_NOOP("FindingText", "%1 is not a condition operator.")},
    {"invalid-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a condition key. Keys look like aws:SourceIp or "
                       "secretsmanager:VersionStage; tag keys need a tag name after the "
                       "slash.")},
    {"unknown-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a known condition key. Did you mean %2?. AWS never sets "
                       "unknown keys, so this condition can never be true.")},
    {"unknown-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a known condition key. Did you mean %2?. AWS never sets "
                       "unknown keys, so this condition is always true for a negated "
                       "operator.")},
    {"unknown-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a known condition key. AWS never sets unknown keys, so "
                       "this condition can never be true.")},
    {"unknown-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a known condition key. AWS never sets unknown keys, so "
                       "this condition is always true for a negated operator.")},
    {"missing-qualifier",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 can hold several values, so compare it with ForAnyValue:%2 or "
                       "ForAllValues:%2. Without one of them the condition is never true "
                       "when the key is present.")},
    {"multiple-bool-values",
     QT_TRANSLATE_NOOP("FindingText", "Give %1 a single value, \"true\" or \"false\".")},
    {"variable-syntax",
     QT_TRANSLATE_NOOP("FindingText",
                       "The policy variable %1 is malformed: %2. Write ${key} or "
                       "${key, 'default'}.")},
    {"variable-needs-2012",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is only a policy variable when \"Version\" is \"2012-10-17\". In "
                       "this policy it is compared as literal text. Add \"Version\": "
                       "\"2012-10-17\".")},
    {"variable-not-allowed-here",
     QT_TRANSLATE_NOOP("FindingText",
                       "Policy variables are not substituted in %1; %2 is taken "
                       "literally. Variables work in the resource part of an ARN and "
                       "in String and ARN condition values.")},
    {"multivalued-variable",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 can hold several values and cannot be used as a variable; the "
                       "value containing it never matches.")},
    {"duplicate-key-case",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 and %2 are the same condition key (names ignore case). Keep one.")},
    {"policy-too-large",
     QT_TRANSLATE_NOOP("FindingText",
                       "The policy has %1 characters; Secrets Manager accepts at most 20,480, "
                       "whitespace included. Remove whitespace or merge statements.")},
    {"sourceip-private-only",
     QT_TRANSLATE_NOOP("FindingText",
                       "aws:SourceIp only ever holds public addresses, so this condition "
                       "never matches. For private addresses behind a VPC endpoint use "
                       "aws:VpcSourceIp.")},
    {"sourceip-private-only",
     QT_TRANSLATE_NOOP("FindingText",
                       "aws:SourceIp only ever holds public addresses, so this condition "
                       "always matches. For private addresses behind a VPC endpoint use "
                       "aws:VpcSourceIp.")},
    // SECURITY_WARNING
    {"public-access",
     QT_TRANSLATE_NOOP("FindingText",
                       "Anyone in any AWS account can call %1 on this secret. Secrets Manager "
                       "refuses this policy when BlockPublicPolicy is set. Name the principals, "
                       "or pin the statement with a fixed aws:SourceAccount, aws:SourceArn, "
                       "aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.")},
    {"possibly-public-access",
     QT_TRANSLATE_NOOP("FindingText",
                       "This statement is open to any principal that satisfies %1. "
                       "Secrets Manager may still treat it as broad access and refuse it "
                       "with BlockPublicPolicy; naming the accounts in \"Principal\" is "
                       "safer.")},
    {"allow-with-notprincipal",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"Allow\" with \"NotPrincipal\" grants everyone except the "
                       "listed principals, including every other AWS account and "
                       "unauthenticated callers. AWS no longer supports this "
                       "combination in most policies. Use \"Principal\" instead.")},
    {"cross-account-access",
     QT_TRANSLATE_NOOP("FindingText",
                       "Principals of account %1 can call %2 on this secret once their own "
                       "identity policies allow it. Reading the value from another account "
                       "also requires a customer managed KMS key that allows them "
                       "kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used "
                       "from another account.")},
    {"cross-account-access",
     QT_TRANSLATE_NOOP("FindingText",
                       "Principals of accounts %1 can call %2 on this secret once their "
                       "own identity policies allow it. Reading the value from another "
                       "account also requires a customer managed KMS key that allows them "
                       "kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used "
                       "from another account.")},
    {"policy-management-grant",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 can rewrite this policy (through %2) and so give themselves "
                       "or anyone else any access to the secret. Grant policy "
                       "management only to administrators of account %3.")},
    {"policy-management-grant",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 can delete this policy (through %2) and so give themselves "
                       "or anyone else any access to the secret. Grant policy "
                       "management only to administrators of account %3.")},
    {"allow-notaction",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"NotAction\" with \"Allow\" grants every other action, including "
                       "PutResourcePolicy, DeleteResourcePolicy and any action Secrets Manager "
                       "adds later. List the allowed actions in \"Action\" instead.")},
    {"forallvalues-single-valued-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "ForAllValues is true when %1 is absent, so this "
                       "condition lets through every request that lacks the "
                       "key. %1 holds one value; drop \"ForAllValues:\".")},
    {"allow-absent-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 on %2 is also true when the request has no %2 (for example %3), so "
                       "this statement grants more than it appears to.")},
    {"service-principal-without-source",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 can use this permission on behalf of any AWS "
                       "customer. Add \"StringEquals\": "
                       "{\"aws:SourceAccount\": \"%2\"} (or aws:SourceArn) so "
                       "that only requests made for your resources are "
                       "allowed.")},
    {"stage-deny-bypass",
     QT_TRANSLATE_NOOP("FindingText",
                       "This Deny does not apply to calls that do not pass %1: %2 is then "
                       "absent, and \"%3\" is false for an absent key. A caller who asks for "
                       "an old version by VersionId is not denied. Use plain \"%4\" instead "
                       "(then every caller has to pass %1).")},
    {"stage-deny-bypass",
     QT_TRANSLATE_NOOP("FindingText",
                       "This Deny does not apply to calls that do not pass %1: %2 is then "
                       "absent, and \"%3\" is false for an absent key. A caller who asks for "
                       "an old version by VersionId is not denied.")},
    {"stage-deny-bypass",
     QT_TRANSLATE_NOOP("FindingText",
                       "This Deny does not apply to calls that do not pass %1: %2 is then "
                       "absent, and \"%3\" is false for an absent key. Use plain \"%4\" "
                       "instead (then every caller has to pass %1).")},
    {"stage-deny-bypass",
     QT_TRANSLATE_NOOP("FindingText",
                       "This Deny does not apply to calls that do not pass %1: %2 is then "
                       "absent, and \"%3\" is false for an absent key.")},
    // WARNING
    {"missing-version",
     QT_TRANSLATE_NOOP("FindingText",
                       "Add \"Version\": \"2012-10-17\". Without it the old 2008-10-17 "
                       "language applies, in which policy variables are plain text.")},
    {"old-version",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"2008-10-17\" is the old policy language. Use \"2012-10-17\".")},
    {"duplicate-sid",
     QT_TRANSLATE_NOOP("FindingText",
                       "Sid %1 is used by statements %2 and %3. Give each statement its own Sid "
                       "so results and logs can tell them apart.")},
    {"sid-format",
     QT_TRANSLATE_NOOP("FindingText",
                       "IAM policies allow only letters and digits in a Sid. Secrets Manager does "
                       "not document its rule; %1 may be refused.")},
    {"resource-not-star",
     QT_TRANSLATE_NOOP("FindingText",
                       "A secret policy always applies to its own secret, and \"Resource\": "
                       "\"*\" says exactly that. A specific ARN silently stops matching if "
                       "this policy is copied to another secret or the secret is re-created "
                       "with a new suffix.")},
    {"resource-never-matches",
     QT_TRANSLATE_NOOP("FindingText",
                       "This statement never applies: %1 does not match the secret's "
                       "ARN. Secret ARNs end in a hyphen and six random characters; use "
                       "\"...%2-??????\" or \"*\".")},
    {"resource-never-matches",
     QT_TRANSLATE_NOOP("FindingText",
                       "This statement never applies: %1 does not match the secret's "
                       "ARN.")},
    {"resource-never-matches",
     QT_TRANSLATE_NOOP("FindingText",
                       "This statement never applies: %1 does not match any secret ARN. "
                       "Secret ARNs end in a hyphen and six random characters; use "
                       "\"...%2-??????\" or \"*\".")},
    {"resource-never-matches",
     QT_TRANSLATE_NOOP("FindingText",
                       "This statement never applies: %1 does not match any secret "
                       "ARN.")},
    {"action-not-applicable",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is never decided by a secret policy (%2). Grant it in an "
                       "identity policy.")},
    {"type-mismatch",
     QT_TRANSLATE_NOOP("FindingText", "%1 is a %2 key; compare it with a %3 operator, not %4.")},
    {"invalid-value",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a valid %2 for %3, so this comparison can never be true.")},
    {"wildcard-without-like",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 contains %2, which %3 compares literally. Use %4 if you meant "
                       "a wildcard.")},
    {"condition-key-not-supported",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is never present for %2, so for them this statement "
                       "never applies.")},
    {"condition-key-not-supported",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is never present for %2, so for them this condition is "
                       "decided as if the key were absent.")},
    {"stage-condition-needs-parameter",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is present only when the caller passes the %2 "
                       "parameter. Calls that rely on the default (AWSCURRENT), "
                       "and every BatchGetSecretValue call, are not allowed by "
                       "this statement. Make sure clients pass "
                       "VersionStage=AWSCURRENT.")},
    {"version-stage-typo",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is not a stage Secrets Manager uses; did you mean %2? Stage names "
                       "are compared exactly.")},
    {"principal-unique-id",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 is the internal id of a user or role that was probably deleted. "
                       "It matches no one now, and re-creating the principal with the same "
                       "name does not bring access back. Replace it with the principal's "
                       "ARN or remove it.")},
    {"unsupported-principal-type",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 principals never call Secrets Manager directly: "
                       "web-identity and SAML users arrive as assumed-role sessions, "
                       "and canonical users are an Amazon S3 concept. Name the role "
                       "ARN under \"AWS\" instead.")},
    {"notprincipal-deny-incomplete",
     QT_TRANSLATE_NOOP("FindingText",
                       "To exempt %1 from this Deny, NotPrincipal must also list "
                       "%2; otherwise the Deny can still apply through its role. "
                       "Sessions cannot be exempted with a wildcard. Prefer "
                       "\"Principal\": \"*\" with \"ArnNotEquals\": "
                       "{\"aws:PrincipalArn\": \"...\"}.")},
    {"notprincipal-deny-incomplete",
     QT_TRANSLATE_NOOP("FindingText",
                       "To exempt %1 from this Deny, NotPrincipal must also list "
                       "%2; otherwise the Deny can still apply through its "
                       "account. Sessions cannot be exempted with a wildcard. "
                       "Prefer \"Principal\": \"*\" with \"ArnNotEquals\": "
                       "{\"aws:PrincipalArn\": \"...\"}.")},
    {"notprincipal-deny-incomplete",
     QT_TRANSLATE_NOOP("FindingText",
                       "To exempt %1 from this Deny, NotPrincipal must also list "
                       "%2; otherwise the Deny can still apply through its role or "
                       "account. Sessions cannot be exempted with a wildcard. "
                       "Prefer \"Principal\": \"*\" with \"ArnNotEquals\": "
                       "{\"aws:PrincipalArn\": \"...\"}.")},
    {"never-applies",
     QT_TRANSLATE_NOOP("FindingText", "This Allow statement can never apply: %1.")},
    {"never-applies", QT_TRANSLATE_NOOP("FindingText", "This Deny statement can never apply: %1.")},
    {"network-condition-side-effects",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "Requests that AWS services make for you (for example a rotation Lambda function, or "
         "CloudFormation) come from AWS addresses and not through your endpoint, so this Deny also "
         "blocks them. Exempt them with \"Bool\": {\"aws:ViaAWSService\": \"false\"} or "
         "{\"aws:PrincipalIsAWSService\": \"false\"} in the same statement, if that is "
         "acceptable.")},
    {"mfa-condition-pitfall",
     QT_TRANSLATE_NOOP("FindingText",
                       "aws:MultiFactorAuthPresent is absent for long-term access keys, "
                       "so this Deny does not stop them. Use \"BoolIfExists\" to deny "
                       "every request without MFA.")},
    {"foreign-condition-key",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 belongs to another service and is never present in a Secrets "
                       "Manager request.")},
    {"date-without-zone",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 has no time zone; it is read as UTC. Add \"Z\" or an offset.")},
    {"operator-case",
     QT_TRANSLATE_NOOP("FindingText",
                       "Write %1. AWS documents operators with this exact spelling; other "
                       "spellings may be refused.")},
    {"bool-variable",
     QT_TRANSLATE_NOOP("FindingText",
                       "AWS's documentation disagrees on whether variables work with Bool; use a "
                       "String operator or a literal value.")},
    // SUGGESTION
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty list never matches; this statement never applies.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty list matches only when %1 is absent; use \"Null\": {%2: \"true\"} "
                       "to say that.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty list under %1 matches whenever %2 is present; use \"Null\": "
                       "{%3: \"false\"} to say that.")},
    {"empty-array",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "An empty list under %1 is always true, so this condition has no effect. Add "
         "values or remove it.")},
    {"empty-array",
     QT_TRANSLATE_NOOP(
         "FindingText",
         "%1 lists nothing and matches nothing. Add values or remove the statement.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "%1 lists nothing and matches nothing; the statement never applies. Add "
                       "values or remove the statement.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty %1 excludes nothing, so the statement applies to every action. "
                       "List what to exclude.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty %1 excludes nothing, so the statement applies to every resource. "
                       "List what to exclude.")},
    {"empty-array",
     QT_TRANSLATE_NOOP("FindingText",
                       "An empty %1 excludes nothing, so the statement applies to every principal. "
                       "List what to exclude.")},
    {"empty-object",
     QT_TRANSLATE_NOOP("FindingText",
                       "This \"Principal\" is empty and has no effect; the statement names no "
                       "principal and never applies. Remove it.")},
    {"empty-object",
     QT_TRANSLATE_NOOP("FindingText", "This \"Condition\" is empty and has no effect. Remove it.")},
    {"empty-object",
     QT_TRANSLATE_NOOP("FindingText", "This %1 block is empty and has no effect. Remove it.")},
    {"empty-sid",
     QT_TRANSLATE_NOOP("FindingText", "Give the statement a Sid or remove the empty one.")},
    {"redundant-action", QT_TRANSLATE_NOOP("FindingText", "%1 is already covered by %2.")},
    {"redundant-resource", QT_TRANSLATE_NOOP("FindingText", "%1 is already covered by %2.")},
    {"redundant-principal", QT_TRANSLATE_NOOP("FindingText", "%1 is already covered by %2.")},
    {"redundant-statement",
     QT_TRANSLATE_NOOP("FindingText",
                       "Statement %1 repeats statement %2. Remove one; otherwise an edit to "
                       "one copy may leave the other granting the old permissions.")},
    {"redundant-condition-value",
     QT_TRANSLATE_NOOP("FindingText", "Only %1 matters here; the other values are redundant.")},
    {"improve-ip-range",
     QT_TRANSLATE_NOOP("FindingText", "The bits after /%1 are ignored; write %2.")},
    {"wildcard-in-service",
     QT_TRANSLATE_NOOP("FindingText",
                       "A wildcard in the service name may match other services' actions. "
                       "Write \"secretsmanager:\".")},
    {"null-with-qualifier",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"Null\" only tests whether %1 is present; with ForAllValues it is "
                       "always true and with ForAnyValue always false. Use plain "
                       "\"Null\".")},
    {"condition-key-case",
     QT_TRANSLATE_NOOP("FindingText",
                       "Condition key names ignore case, but the usual spelling is %1.")},
    {"prefer-principalarn",
     QT_TRANSLATE_NOOP("FindingText",
                       "AWS recommends \"Principal\": \"*\" with an \"ArnNotEquals\" "
                       "condition on aws:PrincipalArn instead of NotPrincipal; it is easier "
                       "to reason about and also covers role sessions.")},
    {"suffix-wildcard",
     QT_TRANSLATE_NOOP("FindingText",
                       "\"-*\" also matches other secrets whose names start with %1. Use "
                       "\"-??????\" to match exactly this secret's six-character suffix, or "
                       "\"*\".")},
    {"near-size-limit",
     QT_TRANSLATE_NOOP("FindingText",
                       "The policy uses %1 of 20,480 characters. Whitespace counts; consider "
                       "compacting it.")},
};

} // namespace

std::span<const FindingTemplate> messages()
{
    return kMessages;
}

} // namespace model::findingtext
