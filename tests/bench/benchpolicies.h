// The policies near the 20,480-character limit that the benchmarks share.
#pragma once

#include <string>

namespace benchpolicies {

// About 19,500 characters of statements with principals, patterns and conditions.
inline std::string largePolicy()
{
    std::string text = "{\"Version\":\"2012-10-17\",\"Statement\":[";
    int i = 0;
    while (text.size() < 19500) {
        if (i)
            text += ',';
        const std::string n = std::to_string(i);
        text += "{\"Sid\":\"S" + n
                + "\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::123456789012:role/R" + n
                + "\",\"444455556666\"]},\"Action\":[\"secretsmanager:Get*\",\"secretsmanager:Describe*\"],"
                  "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"t"
                + n + "\"},\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"198.51.100.0/24\"]}}}";
        ++i;
    }
    return text + "]}";
}

// The same size, written by hand the way people do: indentation, one open statement with a
// proof to find, version-stage conditions, a Deny.
inline std::string indentedPolicy()
{
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    int i = 0;
    while (text.size() < 19500) {
        const std::string n = std::to_string(i);
        text += std::string(i ? ",\n" : "") + "    {\n      \"Sid\": \"Read" + n
                + "\",\n      \"Effect\": \"" + (i % 5 == 4 ? "Deny" : "Allow")
                + "\",\n      \"Principal\": " + (i % 7 == 0 ? "\"*\"" : "{\"AWS\": \"arn:aws:iam::123456789012:role/App" + n + "\"}")
                + ",\n      \"Action\": [\"secretsmanager:GetSecretValue\", \"secretsmanager:DescribeSecret\"],\n"
                  "      \"Resource\": \"*\",\n      \"Condition\": {\n"
                  "        \"ForAnyValue:StringEquals\": {\"secretsmanager:VersionStage\": [\"AWSCURRENT\", \"AWSPENDING\"]},\n"
                  "        \"StringEquals\": {\"aws:PrincipalOrgID\": \"o-abc123\"}\n      }\n    }";
        ++i;
    }
    return text + "\n  ]\n}\n";
}

} // namespace benchpolicies
