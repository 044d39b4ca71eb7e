// The benchmark inputs (workloads.h).
#include "workloads.h"

#include "data/secretsmanager.h"

#include <string>
#include <string_view>
#include <vector>

namespace bench {

const char *const secretArn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf";

namespace {

// Ten statements with the conditions real secret policies use.
const char *const typicalPolicyText = R"({
  "Version": "2012-10-17",
  "Id": "bench-typical",
  "Statement": [
    {"Sid": "ReadCurrent", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::123456789012:role/Reader"},
     "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*",
     "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSCURRENT"}}},
    {"Sid": "TeamUsers", "Effect": "Allow",
     "Principal": {"AWS": ["arn:aws:iam::123456789012:user/u1", "arn:aws:iam::123456789012:user/u2",
                           "arn:aws:iam::123456789012:user/u3", "arn:aws:iam::123456789012:user/u4"]},
     "Action": "secretsmanager:Get*", "Resource": "*",
     "Condition": {"StringEquals": {"aws:PrincipalTag/team": "payments"}}},
    {"Sid": "AppRoles", "Effect": "Allow", "Principal": "*",
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app-*"},
                   "IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}},
    {"Sid": "PartnerDescribe", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
     "Action": "secretsmanager:DescribeSecret",
     "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????"},
    {"Sid": "DenyPlainHttp", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*",
     "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "OnlyAdminsManage", "Effect": "Deny", "Principal": "*",
     "Action": ["secretsmanager:DeleteSecret", "secretsmanager:PutResourcePolicy"], "Resource": "*",
     "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/Admin*"}}},
    {"Sid": "AppFlow", "Effect": "Allow", "Principal": {"Service": "appflow.amazonaws.com"},
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}},
    {"Sid": "EndpointOnly", "Effect": "Deny", "Principal": "*",
     "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpce": ["vpce-1a2b3c4d", "vpce-5e6f7a8b"]}}},
    {"Sid": "Rotation", "Effect": "Allow",
     "Principal": {"AWS": "arn:aws:iam::123456789012:role/Rotator"},
     "Action": ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"],
     "Resource": "*",
     "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": "AWSPENDING"},
                   "NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}},
    {"Sid": "OrgPerimeter", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*",
     "Resource": "*",
     "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc123"},
                   "Bool": {"aws:PrincipalIsAWSService": "false"}}}
  ]
})";

std::string principalFor(int i)
{
    const std::string n = std::to_string(i);
    switch (i % 5) {
    case 0: return "arn:aws:iam::123456789012:user/u" + n;
    case 1: return "arn:aws:sts::123456789012:assumed-role/app-" + n + "/session-" + n;
    case 2: return "arn:aws:sts::123456789012:assumed-role/Reader/i-" + n;
    case 3: return "arn:aws:iam::444455556666:user/partner-" + n;
    default: return "arn:aws:sts::123456789012:assumed-role/Admin" + n + "/s";
    }
}


} // namespace

std::string typicalPolicy()
{
    return typicalPolicyText;
}

std::vector<std::string> typicalRequestLines(int principals, bool withIdentity)
{
    const char *stages[] = {"AWSCURRENT", "AWSPREVIOUS", "AWSPENDING", nullptr};
    const char *actions[] = {"GetSecretValue", "DescribeSecret", "PutSecretValue", "DeleteSecret",
                             "PutResourcePolicy"};
    const std::string identity =
        R"([{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "secretsmanager:*", "Resource": "*"}]}])";
    std::vector<std::string> lines;
    lines.reserve(static_cast<std::size_t>(principals) * 20);
    for (int p = 0; p < principals; ++p) {
        for (const char *stage : stages) {
            for (const char *action : actions) {
                std::string json = "{\"principal\": \"" + principalFor(p)
                                   + "\", \"action\": \"secretsmanager:" + action
                                   + "\", \"resource\": \"" + secretArn + "\", \"context\": {";
                json += "\"aws:SourceIp\": \"" + std::string(p % 3 ? "203.0.113." : "198.51.100.")
                        + std::to_string(p % 250) + "\"";
                if (p % 7 != 0)
                    json += ", \"aws:PrincipalOrgID\": \"o-abc123\"";
                if (p % 4 == 0)
                    json += ", \"aws:PrincipalTag/team\": \"payments\"";
                if (p % 6 == 0)
                    json += ", \"aws:SourceVpce\": \"vpce-1a2b3c4d\"";
                if (p % 8 == 0)
                    json += ", \"aws:MultiFactorAuthAge\": 120";
                if (stage && (std::string(action) == "GetSecretValue"))
                    json += ", \"secretsmanager:VersionStage\": \"" + std::string(stage) + "\"";
                json += "}";
                if (withIdentity && p % 2 == 0)
                    json += ", \"identityPolicies\": " + identity;
                json += "}";
                lines.push_back(std::move(json));
            }
        }
    }
    return lines;
}

// A policy just under the 20,480-character limit: statements of varied shape appended until
// the next one would not fit (at most 40 characters short of it). Deterministic.
std::string largePolicy()
{
    std::string body;
    std::string text;
    for (int i = 0;; ++i) {
        const std::string n = std::to_string(i);
        std::string statement;
        switch (i % 4) {
        case 0:
            statement = R"({"Sid": "User)" + n + R"(", "Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::123456789012:user/u)" + n
                        + R"(", "arn:aws:iam::123456789012:role/r)" + n
                        + R"("]}, "Action": ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], "Resource": "*", "Condition": {"ForAnyValue:StringEquals": {"secretsmanager:VersionStage": ["AWSCURRENT", "AWSPREVIOUS"]}}})";
            break;
        case 1:
            statement = R"({"Sid": "App)" + n + R"(", "Effect": "Allow", "Principal": "*", "Action": "secretsmanager:Get*", "Resource": "*", "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::123456789012:role/app)" + n
                        + R"(-*"}, "IpAddress": {"aws:SourceIp": ["10.)" + n + R"(.0.0/16", "203.0.113.0/24"]}}})";
            break;
        case 2:
            statement = R"({"Sid": "Deny)" + n + R"(", "Effect": "Deny", "Principal": "*", "Action": ["secretsmanager:DeleteSecret", "secretsmanager:PutResourcePolicy"], "Resource": "*", "Condition": {"StringNotEquals": {"aws:PrincipalTag/team": ["team)" + n
                        + R"(", "admins"]}, "DateGreaterThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}})";
            break;
        default:
            statement = R"({"Sid": "Partner)" + n + R"(", "Effect": "Allow", "Principal": {"AWS": "44445555)" + std::to_string(1000 + i)
                        + R"("}, "Action": "secretsmanager:DescribeSecret", "Resource": "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????", "Condition": {"StringEquals": {"aws:ResourceTag/owner": "${aws:PrincipalTag/owner}"}}})";
            break;
        }
        std::string candidate = body.empty() ? statement : body + ",\n    " + statement;
        std::string whole = "{\n  \"Version\": \"2012-10-17\",\n  \"Id\": \"bench-large\",\n  \"Statement\": [\n    "
                            + candidate + "\n  ]\n}\n";
        if (whole.size() > engine::data::maxPolicyCharacters - 40)
            break;
        body = std::move(candidate);
        text = std::move(whole);
    }
    return text;
}

std::vector<std::string> largePolicyRequestLines()
{
    std::vector<std::string> lines;
    const char *actions[] = {"GetSecretValue", "DescribeSecret", "DeleteSecret", "PutResourcePolicy"};
    for (int p = 0; p < 250; ++p) {
        for (const char *action : actions) {
            lines.push_back("{\"principal\": \"" + principalFor(p)
                            + "\", \"action\": \"secretsmanager:" + action
                            + "\", \"resource\": \"" + secretArn
                            + "\", \"context\": {\"aws:SourceIp\": \"10." + std::to_string(p % 40)
                            + ".1.2\", \"aws:CurrentTime\": \"2029-06-01T00:00:00Z\", "
                              "\"aws:PrincipalTag/team\": \"team"
                            + std::to_string(p % 50) + "\", \"secretsmanager:VersionStage\": \"AWSCURRENT\"}}");
        }
    }
    return lines;
}

std::string matrixStageLabel(int i)
{
    return "release-" + std::to_string(i);
}

// Statements that each name a few roles and accounts, test the version stage (16 custom labels
// in all), the source network and principal tags, plus Deny statements, until the text is
// just under the limit.
std::string matrixPolicy()
{
    std::vector<std::string> statements;
    std::string text;
    const auto render = [&statements]() {
        std::string out = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
        for (std::size_t i = 0; i < statements.size(); ++i)
            out += (i > 0 ? ",\n" : "") + statements[i];
        return out + "\n  ]\n}\n";
    };
    for (int i = 0;; ++i) {
        std::string s;
        if (i % 4 == 3) {
            s = "    {\"Sid\": \"DenyOld" + std::to_string(i)
                + "\", \"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"secretsmanager:GetSecretValue\", "
                  "\"Resource\": \"*\", \"Condition\": {\"StringLike\": {\"secretsmanager:VersionStage\": \"old-"
                + std::to_string(i) + "-*\"}, \"NotIpAddress\": {\"aws:SourceIp\": \"10." + std::to_string(i)
                + ".0.0/16\"}}}";
        } else {
            s = "    {\"Sid\": \"Read" + std::to_string(i)
                + "\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::123456789012:role/app-"
                + std::to_string(i) + "\", \"arn:aws:iam::123456789012:role/job-" + std::to_string(i)
                + "\", \"arn:aws:iam::4444555566" + std::to_string(10 + i % 90)
                + ":root\"]}, \"Action\": [\"secretsmanager:GetSecretValue\", \"secretsmanager:DescribeSecret\"], "
                  "\"Resource\": \"*\", \"Condition\": {\"ForAnyValue:StringEquals\": {\"secretsmanager:VersionStage\": [\"AWSCURRENT\", \""
                + matrixStageLabel(i % 16) + "\", \"" + matrixStageLabel((i + 5) % 16) + "\"]}, \"StringEqualsIfExists\": {\"aws:PrincipalTag/team\": \"team-"
                + std::to_string(i % 7) + "\"}}}";
        }
        statements.push_back(s);
        const std::string candidate = render();
        if (candidate.size() > engine::data::maxPolicyCharacters) {
            statements.pop_back();
            break;
        }
        text = candidate;
    }
    return text;
}

namespace {

// Compact JSON (no spaces outside strings) as the AWS console prints it: two spaces per level,
// every member and array element on a line of its own, `indent` spaces before every line.
std::string pretty(std::string_view compact, int indent)
{
    std::string out(static_cast<std::size_t>(indent), ' ');
    int depth = indent / 2;
    bool inString = false;
    const auto newline = [&](int level) {
        out += '\n';
        out.append(static_cast<std::size_t>(2 * level), ' ');
    };
    for (std::size_t i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < compact.size())
                out += compact[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            newline(++depth);
            break;
        case '}':
        case ']':
            newline(--depth);
            out += c;
            break;
        case ',':
            out += c;
            newline(depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// One statement of lintPolicy(), compact.
std::string lintStatement(int i)
{
    const std::string n = std::to_string(i);
    const std::string account = "4444555566" + std::to_string(10 + i % 90);
    // Every 97th statement reuses an earlier Sid (lintPolicy() also repeats statements).
    const std::string sid = i % 97 == 96 ? std::to_string(i - 48) : n;
    switch (i % 8) {
    case 0:
    case 1:
        return R"({"Sid":"ReadCurrentVersionOfTheSecret)" + sid
               + R"(","Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:role/app-)" + n
               + R"(","arn:aws:iam::123456789012:role/job-)" + n
               + R"("]},"Action":["secretsmanager:GetSecretValue","secretsmanager:DescribeSecret"],"Resource":"*","Condition":{"ForAnyValue:StringEquals":{"secretsmanager:VersionStage":["AWSCURRENT","release-)"
               + std::to_string(i % 16) + R"("]},"StringEquals":{"aws:PrincipalOrgID":"o-abc123def4"}}})";
    case 2:
        return R"({"Sid":"ApplicationSessionsFromTheNetwork)" + sid
               + R"(","Effect":"Allow","Principal":"*","Action":"secretsmanager:GetSecretValue","Resource":"*","Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/app-)"
               + n + R"(-*"},"IpAddress":{"aws:SourceIp":["10.)" + std::to_string(i % 250)
               + R"(.0.0/16","203.0.113.0/24"]}}})";
    case 3:
        return R"({"Sid":"PartnerAccountMayDescribeTheSecret)" + sid
               + R"(","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::)" + account
               + R"(:root"},"Action":"secretsmanager:DescribeSecret","Resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-??????","Condition":{"StringEquals":{"aws:PrincipalTag/team":"team-)"
               + std::to_string(i % 7) + R"("}}})";
    case 4:
        return R"({"Sid":"DenyRequestsFromOutsideTheNetwork)" + sid
               + R"(","Effect":"Deny","Principal":"*","Action":"secretsmanager:*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:SourceVpce":["vpce-)"
               + n + R"(a","vpce-)" + n + R"(b"]},"Bool":{"aws:PrincipalIsAWSService":"false"}}})";
    case 5:
        return R"({"Sid":"RotationFunctionWritesPendingVersion)" + sid
               + R"(","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/rotator-)" + n
               + R"("},"Action":["secretsmanager:PutSecretValue","secretsmanager:UpdateSecretVersionStage","secretsmanager:Get*"],"Resource":"*","Condition":{"ForAnyValue:StringEquals":{"secretsmanager:VersionStage":"AWSPENDING"}}})";
    case 6:
        return R"({"Sid":"OnlyAdministratorsManageTheSecret)" + sid
               + R"(","Effect":"Deny","Principal":"*","Action":["secretsmanager:DeleteSecret","secretsmanager:PutResourcePolicy"],"Resource":"*","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::123456789012:role/Admin-)"
               + n + R"(*"}}})";
    default:
        return R"({"Sid":"ReadFromAnAccountOfTheOrganization)" + sid
               + R"(","Effect":"Allow","Principal":{"AWS":"*"},"Action":"secretsmanager:GetSecretValue","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-)"
               + n + R"(","aws:PrincipalAccount":")" + account + R"("}}})";
    }
}

} // namespace

std::string lintPolicy(int statements)
{
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    for (int i = 0; i < statements; ++i) {
        if (i > 0)
            text += ",\n";
        // Every 89th statement repeats its predecessor word for word.
        text += pretty(lintStatement(i % 89 == 88 ? i - 1 : i), 4);
    }
    return text + "\n  ]\n}\n";
}

} // namespace bench
