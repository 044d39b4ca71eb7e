// The Secrets Manager tables of secretsmanager.md §11 and §12, embedded. The tables below were
// copied from the spec by a script (actions and keys from the JSON of §11, global keys from
// §12.2 checked against §5, service prefixes from §12.1) and are kept sorted by name ignoring
// case, so that every lookup is a binary search without allocation (the evaluator looks keys
// up on its hot path). static_asserts below check the order.
//
// Types: §11's ArrayOfString for aws:TagKeys and secretsmanager:AddReplicaRegions; the other
// multivalued global keys of §5/§12.2 ("String, multivalued") are String with multivalued set.
// aws:EpochTime is Date (§5 says "Date or Numeric", §12.2 Date).
#include "data/secretsmanager.h"

#include <algorithm>
#include <array>

namespace engine::data {

namespace {

constexpr char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// <0, 0, >0 like strcmp, comparing ASCII letters ignoring case.
constexpr int compareIgnoringCase(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto ca = static_cast<unsigned char>(lower(a[i]));
        const auto cb = static_cast<unsigned char>(lower(b[i]));
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && compareIgnoringCase(a, b) == 0;
}

constexpr bool startsWithIgnoringCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && equalsIgnoringCase(s.substr(0, prefix.size()), prefix);
}

constexpr std::string_view servicePrefix = "secretsmanager:";

constexpr std::string_view keysCancelRotateSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysCreateSecret[] = {
    "aws:RequestTag/${TagKey}",
    "aws:ResourceTag/${TagKey}",
    "aws:TagKeys",
    "secretsmanager:AddReplicaRegions",
    "secretsmanager:Description",
    "secretsmanager:ForceOverwriteReplicaSecret",
    "secretsmanager:KmsKeyArn",
    "secretsmanager:KmsKeyId",
    "secretsmanager:Name",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:Type",
};
constexpr std::string_view keysDeleteResourcePolicy[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysDeleteSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ForceDeleteWithoutRecovery",
    "secretsmanager:RecoveryWindowInDays",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysDescribeSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysGetResourcePolicy[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysGetSecretValue[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:VersionId",
    "secretsmanager:VersionStage",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysListSecretVersionIds[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysPutResourcePolicy[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:BlockPublicPolicy",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysPutSecretValue[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysRemoveRegionsFromReplication[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysReplicateSecretToRegions[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:AddReplicaRegions",
    "secretsmanager:ForceOverwriteReplicaSecret",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysRestoreSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysRotateSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ExternalSecretRotationRoleArn",
    "secretsmanager:ModifyRotationRules",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:RotateImmediately",
    "secretsmanager:RotationLambdaARN",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysStopReplicationToReplica[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysTagResource[] = {
    "aws:RequestTag/${TagKey}",
    "aws:ResourceTag/${TagKey}",
    "aws:TagKeys",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysUntagResource[] = {
    "aws:ResourceTag/${TagKey}",
    "aws:TagKeys",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysUpdateSecret[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:Description",
    "secretsmanager:KmsKeyArn",
    "secretsmanager:KmsKeyId",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:Type",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysUpdateSecretVersionStage[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:VersionStage",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
constexpr std::string_view keysValidateResourcePolicy[] = {
    "aws:ResourceTag/${TagKey}",
    "secretsmanager:ResourceTag/tag-key",
    "secretsmanager:SecretId",
    "secretsmanager:SecretPrimaryRegion",
    "secretsmanager:resource/AllowRotationLambdaArn",
    "secretsmanager:resource/Type",
};
// Sorted by name ignoring case (findAction searches it).
constexpr ActionInfo actionTable[] = {
    {"BatchGetSecretValue", AccessLevel::Read, false, {}},
    {"CancelRotateSecret", AccessLevel::Write, true, keysCancelRotateSecret},
    {"CreateSecret", AccessLevel::Write, true, keysCreateSecret},
    {"DeleteResourcePolicy", AccessLevel::PermissionsManagement, true, keysDeleteResourcePolicy},
    {"DeleteSecret", AccessLevel::Write, true, keysDeleteSecret},
    {"DescribeSecret", AccessLevel::Read, true, keysDescribeSecret},
    {"GetRandomPassword", AccessLevel::Read, false, {}},
    {"GetResourcePolicy", AccessLevel::Read, true, keysGetResourcePolicy},
    {"GetSecretValue", AccessLevel::Read, true, keysGetSecretValue},
    {"ListSecrets", AccessLevel::List, false, {}},
    {"ListSecretVersionIds", AccessLevel::Read, true, keysListSecretVersionIds},
    {"PutResourcePolicy", AccessLevel::PermissionsManagement, true, keysPutResourcePolicy},
    {"PutSecretValue", AccessLevel::Write, true, keysPutSecretValue},
    {"RemoveRegionsFromReplication", AccessLevel::Write, true, keysRemoveRegionsFromReplication},
    {"ReplicateSecretToRegions", AccessLevel::Write, true, keysReplicateSecretToRegions},
    {"RestoreSecret", AccessLevel::Write, true, keysRestoreSecret},
    {"RotateSecret", AccessLevel::Write, true, keysRotateSecret},
    {"StopReplicationToReplica", AccessLevel::Write, true, keysStopReplicationToReplica},
    {"TagResource", AccessLevel::Tagging, true, keysTagResource},
    {"UntagResource", AccessLevel::Tagging, true, keysUntagResource},
    {"UpdateSecret", AccessLevel::Write, true, keysUpdateSecret},
    {"UpdateSecretVersionStage", AccessLevel::Write, true, keysUpdateSecretVersionStage},
    {"ValidateResourcePolicy",
     AccessLevel::PermissionsManagement,
     true,
     keysValidateResourcePolicy},
};

// §4, §5 and §12.2, sorted by name ignoring case (findKey searches it).
constexpr KeyInfo keyTable[] = {
    {"aws:AssumedRoot", KeyType::Bool, false, false},
    {"aws:CalledVia", KeyType::String, true, false},
    {"aws:CalledViaAWSMCP", KeyType::String, false, false},
    {"aws:CalledViaFirst", KeyType::String, false, false},
    {"aws:CalledViaLast", KeyType::String, false, false},
    {"aws:ChatbotSourceArn", KeyType::Arn, false, false},
    {"aws:CurrentTime", KeyType::Date, false, false},
    {"aws:Ec2InstanceSourcePrivateIPv4", KeyType::IpAddress, false, false},
    {"aws:Ec2InstanceSourceVpc", KeyType::String, false, false},
    {"aws:EpochTime", KeyType::Date, false, false},
    {"aws:FederatedProvider", KeyType::String, false, false},
    {"aws:IsMcpServiceAction", KeyType::Bool, false, false},
    {"aws:MultiFactorAuthAge", KeyType::Numeric, false, false},
    {"aws:MultiFactorAuthPresent", KeyType::Bool, false, false},
    {"aws:PrincipalAccount", KeyType::String, false, false},
    {"aws:PrincipalArn", KeyType::Arn, false, false},
    {"aws:PrincipalIsAWSService", KeyType::Bool, false, false},
    {"aws:PrincipalOrgID", KeyType::String, false, false},
    {"aws:PrincipalOrgPaths", KeyType::String, true, false},
    {"aws:PrincipalServiceName", KeyType::String, false, false},
    {"aws:PrincipalServiceNamesList", KeyType::String, true, false},
    {"aws:PrincipalTag/", KeyType::String, false, true},
    {"aws:PrincipalType", KeyType::String, false, false},
    {"aws:referer", KeyType::String, false, false},
    {"aws:RequestedRegion", KeyType::String, false, false},
    {"aws:RequestTag/", KeyType::String, false, true},
    {"aws:ResourceAccount", KeyType::String, false, false},
    {"aws:ResourceOrgID", KeyType::String, false, false},
    {"aws:ResourceOrgPaths", KeyType::String, true, false},
    {"aws:ResourceTag/", KeyType::String, false, true},
    {"aws:SecureTransport", KeyType::Bool, false, false},
    {"aws:SourceAccount", KeyType::String, false, false},
    {"aws:SourceArn", KeyType::Arn, false, false},
    {"aws:SourceIdentity", KeyType::String, false, false},
    {"aws:SourceIp", KeyType::IpAddress, false, false},
    {"aws:SourceOrgID", KeyType::String, false, false},
    {"aws:SourceOrgPaths", KeyType::String, true, false},
    {"aws:SourceOwner", KeyType::String, false, false},
    {"aws:SourceVpc", KeyType::String, false, false},
    {"aws:SourceVpcArn", KeyType::String, false, false},
    {"aws:SourceVpce", KeyType::String, false, false},
    {"aws:TagKeys", KeyType::ArrayOfString, true, false},
    {"aws:TokenIssueTime", KeyType::Date, false, false},
    {"aws:UserAgent", KeyType::String, false, false},
    {"aws:userid", KeyType::String, false, false},
    {"aws:username", KeyType::String, false, false},
    {"aws:ViaAWSMCPService", KeyType::Bool, false, false},
    {"aws:ViaAWSService", KeyType::Bool, false, false},
    {"aws:VpceAccount", KeyType::String, false, false},
    {"aws:VpceOrgID", KeyType::String, false, false},
    {"aws:VpceOrgPaths", KeyType::String, true, false},
    {"aws:VpcSourceIp", KeyType::IpAddress, false, false},
    {"ec2:RoleDelivery", KeyType::Numeric, false, false},
    {"ec2:SourceInstanceArn", KeyType::Arn, false, false},
    {"glue:CredentialIssuingService", KeyType::String, false, false},
    {"glue:RoleAssumedBy", KeyType::String, false, false},
    {"identitystore:UserId", KeyType::String, false, false},
    {"lambda:SourceFunctionArn", KeyType::Arn, false, false},
    {"secretsmanager:AddReplicaRegions", KeyType::ArrayOfString, true, false},
    {"secretsmanager:BlockPublicPolicy", KeyType::Bool, false, false},
    {"secretsmanager:Description", KeyType::String, false, false},
    {"secretsmanager:ExternalSecretRotationRoleArn", KeyType::Arn, false, false},
    {"secretsmanager:ForceDeleteWithoutRecovery", KeyType::Bool, false, false},
    {"secretsmanager:ForceOverwriteReplicaSecret", KeyType::Bool, false, false},
    {"secretsmanager:KmsKeyArn", KeyType::Arn, false, false},
    {"secretsmanager:KmsKeyId", KeyType::String, false, false},
    {"secretsmanager:ModifyRotationRules", KeyType::Bool, false, false},
    {"secretsmanager:Name", KeyType::String, false, false},
    {"secretsmanager:RecoveryWindowInDays", KeyType::Numeric, false, false},
    {"secretsmanager:resource/AllowRotationLambdaArn", KeyType::Arn, false, false},
    {"secretsmanager:resource/Type", KeyType::String, false, false},
    {"secretsmanager:ResourceTag/", KeyType::String, false, true},
    {"secretsmanager:RotateImmediately", KeyType::Bool, false, false},
    {"secretsmanager:RotationLambdaARN", KeyType::Arn, false, false},
    {"secretsmanager:SecretId", KeyType::Arn, false, false},
    {"secretsmanager:SecretPrimaryRegion", KeyType::String, false, false},
    {"secretsmanager:Type", KeyType::String, false, false},
    {"secretsmanager:VersionId", KeyType::String, false, false},
    {"secretsmanager:VersionStage", KeyType::String, false, false},
    {"ssm:SourceInstanceArn", KeyType::Arn, false, false},
};

// clang-format off
// §12.1, copied from the spec by a script; all lower case, sorted.
constexpr std::string_view prefixTable[] = {
    "a2c", "a4b", "access-analyzer", "account", "account-access", "acm", "acm-pca",
    "aco-automation", "action-recommendations", "activate", "agent-registry", "agentaccess-mcp",
    "aidevops", "aiops", "airflow", "airflow-serverless", "amplify", "amplifybackend",
    "amplifyuibuilder", "aoss", "apigateway", "app-integrations", "appconfig", "appfabric",
    "appflow", "application-autoscaling", "application-signals", "application-signals-mcp",
    "application-transformation", "applicationinsights", "appmesh", "appmesh-preview", "apprunner",
    "appstream", "appstudio", "appsync", "apptest", "aps", "arc-region-switch", "arc-zonal-shift",
    "arsenal", "artifact", "athena", "auditmanager", "autoscaling", "autoscaling-plans",
    "aws-external-anthropic", "aws-marketplace", "aws-marketplace-management", "aws-portal",
    "awsconnector", "b2bi", "backup", "backup-gateway", "backup-search", "backup-storage", "batch",
    "bcm-dashboards", "bcm-data-exports", "bcm-pricing-calculator", "bcm-recommended-actions",
    "bedrock", "bedrock-agentcore", "bedrock-mantle", "bedrock-websearch", "billing",
    "billingconductor", "braket", "budgets", "bugbust", "cases", "cassandra", "ce", "chatbot",
    "chime", "cleanrooms", "cleanrooms-ml", "cloud9", "clouddirectory", "cloudformation",
    "cloudfront", "cloudfront-keyvaluestore", "cloudhsm", "cloudsearch", "cloudshell",
    "cloudtrail", "cloudtrail-data", "cloudwatch", "codeartifact", "codebuild", "codecatalyst",
    "codecommit", "codeconnections", "codedeploy", "codedeploy-commands-secure", "codeguru",
    "codeguru-profiler", "codeguru-reviewer", "codeguru-security", "codepipeline", "codestar",
    "codestar-connections", "codestar-notifications", "codewhisperer", "cognito-identity",
    "cognito-idp", "cognito-sync", "comprehend", "comprehendmedical", "compute-optimizer",
    "config", "connect", "connect-campaigns", "consoleapp", "consolidatedbilling",
    "controlcatalog", "controltower", "cost-optimization-hub", "cur", "customer-verification",
    "databrew", "dataexchange", "datapipeline", "datasync", "datazone", "dax", "dbqms", "deadline",
    "detective", "devicefarm", "devops-guru", "directconnect", "discovery", "dlm", "dms",
    "docdb-elastic", "drs", "ds", "ds-data", "dsql", "dynamodb", "ebs", "ec2",
    "ec2-instance-connect", "ec2messages", "ecr", "ecr-public", "ecs", "ecs-mcp", "eks",
    "eks-auth", "eks-mcp", "elasticache", "elasticbeanstalk", "elasticfilesystem",
    "elasticloadbalancing", "elasticmapreduce", "elastictranscoder", "elemental-activations",
    "elemental-appliances-software", "elemental-inference", "elemental-support-cases",
    "elemental-support-content", "emr-containers", "emr-serverless", "entityresolution", "es",
    "events", "eventsbilltoaws", "evidently", "evs", "execute-api", "finops-agent", "finspace",
    "finspace-api", "firehose", "fis", "fms", "forecast", "frauddetector", "freertos", "freetier",
    "fsx", "gamelift", "gameliftstreams", "geo", "geo-maps", "geo-places", "geo-routes", "glacier",
    "globalaccelerator", "glue", "grafana", "greengrass", "groundstation", "groundtruthlabeling",
    "guardduty", "health", "health-agent", "healthlake", "honeycode", "iam", "identity-sync",
    "identitystore", "identitystore-auth", "imagebuilder", "importexport", "inspector",
    "inspector-scan", "inspector2", "inspector2-telemetry", "interconnect", "internetmonitor",
    "invoicing", "iot", "iot-device-tester", "iotanalytics", "iotdeviceadvisor", "iotevents",
    "iotfleethub", "iotfleetwise", "iotjobsdata", "iotmanagedintegrations", "iotsitewise",
    "iottwinmaker", "iotwireless", "iq", "iq-permission", "ivs", "ivschat", "kafka",
    "kafka-cluster", "kafkaconnect", "kendra", "kendra-ranking", "kinesis", "kinesisanalytics",
    "kinesisvideo", "kms", "lakeformation", "lambda", "launchwizard", "lex", "license-manager",
    "license-manager-linux-subscriptions", "license-manager-user-subscriptions", "lightsail",
    "logs", "lookoutequipment", "lookoutmetrics", "lookoutvision", "m2", "machinelearning",
    "macie2", "managedblockchain", "managedblockchain-query", "mapcredits",
    "marketplacecommerceanalytics", "mechanicalturk", "mediaconnect", "mediaconvert",
    "mediaimport", "medialive", "mediapackage", "mediapackage-vod", "mediapackagev2", "mediastore",
    "mediatailor", "medical-imaging", "memorydb", "mgh", "mgn", "migrationhub-orchestrator",
    "migrationhub-strategy", "mobileanalytics", "mobiletargeting", "monitron", "mpa", "mq",
    "neptune-db", "neptune-graph", "network-firewall", "network-security-director",
    "networkflowmonitor", "networkmanager", "networkmanager-chat", "networkmonitor", "nimble",
    "notifications", "notifications-contacts", "nova-act", "oam", "observabilityadmin", "odb",
    "omics", "one", "opensearch", "opsworks", "opsworks-cm", "organizations", "osis", "outposts",
    "panorama", "partnercentral", "partnercentral-account-management", "payment-cryptography",
    "payments", "pca-connector-ad", "pca-connector-scep", "pcs", "personalize", "pi", "pipes",
    "polly", "pricing", "pricingplanmanager", "private-networks", "profile", "proton",
    "purchase-orders", "q", "qapps", "qbusiness", "qdeveloper", "qldb", "quicksight", "ram",
    "rbin", "rds", "rds-data", "rds-db", "redshift", "redshift-data", "redshift-serverless",
    "refactor-spaces", "rekognition", "repostspace", "researchstudio", "resiliencehub",
    "resource-explorer", "resource-explorer-2", "resource-groups", "rhelkb", "robomaker",
    "rolesanywhere", "route53", "route53-recovery-cluster", "route53-recovery-control-config",
    "route53-recovery-readiness", "route53domains", "route53globalresolver", "route53profiles",
    "route53resolver", "rtbfabric", "rum", "s3", "s3-object-lambda", "s3-outposts", "s3express",
    "s3files", "s3tables", "s3vectors", "sagemaker", "sagemaker-data-science-assistant",
    "sagemaker-geospatial", "sagemaker-mlflow", "sagemaker-unified-studio-mcp", "savingsplans",
    "scheduler", "schemas", "scn", "sdb", "secretsmanager", "security-ir", "securityagent",
    "securityhub", "securitylake", "serverlessrepo", "servicecatalog", "servicediscovery",
    "serviceextract", "servicequotas", "ses", "shield", "signer", "signin", "simspaceweaver",
    "sms", "sms-voice", "snow-device-management", "snowball", "sns", "social-messaging",
    "sqlworkbench", "sqs", "ssm", "ssm-contacts", "ssm-guiconnect", "ssm-incidents",
    "ssm-quicksetup", "ssm-sap", "ssmmessages", "sso", "sso-directory", "sso-oauth", "states",
    "storagegateway", "sts", "support", "support-console", "supportapp", "supportauthz",
    "supportplans", "sustainability", "swf", "synthetics", "tag", "tax", "textract", "thinclient",
    "timestream", "timestream-influxdb", "tiros", "tnb", "transcribe", "transfer", "transform",
    "transform-custom", "translate", "trustedadvisor", "ts", "user-subscriptions", "uxc",
    "vendor-insights", "verified-access", "verifiedpermissions", "voiceid", "vpc-lattice",
    "vpc-lattice-svcs", "vpce", "waf", "waf-regional", "wafv2", "wam", "wellarchitected", "wickr",
    "wisdom", "workdocs", "worklink", "workmail", "workmailmessageflow", "workspaces",
    "workspaces-instances", "workspaces-web", "xray",
};
// clang-format on

constexpr std::string_view stageTable[] = {"AWSCURRENT", "AWSPREVIOUS", "AWSPENDING"};

// evaluation.md §4.3: the actions that decrypt or encrypt the secret value.
constexpr std::string_view secretValueActions[] = {"BatchGetSecretValue",
                                                   "GetSecretValue",
                                                   "PutSecretValue",
                                                   "ReplicateSecretToRegions",
                                                   "RotateSecret",
                                                   "UpdateSecret"};

template<typename T, typename Name> constexpr bool isSortedIgnoringCase(const T &table, Name name)
{
    for (std::size_t i = 1; i < std::size(table); ++i) {
        if (compareIgnoringCase(name(table[i - 1]), name(table[i])) >= 0)
            return false;
    }
    return true;
}

constexpr std::string_view nameOf(const ActionInfo &a)
{
    return a.name;
}
constexpr std::string_view nameOf(const KeyInfo &k)
{
    return k.name;
}
constexpr std::string_view nameOf(std::string_view s)
{
    return s;
}
constexpr auto byName = [](const auto &x) { return nameOf(x); };

static_assert(std::size(actionTable) == 23);
static_assert(std::size(prefixTable) == 455);
static_assert(isSortedIgnoringCase(actionTable, byName));
static_assert(isSortedIgnoringCase(keyTable, byName));
static_assert(isSortedIgnoringCase(prefixTable, byName));
static_assert(isSortedIgnoringCase(secretValueActions, byName));

// The entry of a sorted table whose name equals `name` ignoring case, or nullptr.
template<typename T, std::size_t N> const T *findSorted(const T (&table)[N], std::string_view name)
{
    const T *end = table + N;
    const T *it = std::lower_bound(table, end, name, [](const T &entry, std::string_view n) {
        return compareIgnoringCase(nameOf(entry), n) < 0;
    });
    return it != end && equalsIgnoringCase(nameOf(*it), name) ? it : nullptr;
}

std::string_view withoutServicePrefix(std::string_view action)
{
    return startsWithIgnoringCase(action, servicePrefix) ? action.substr(servicePrefix.size())
                                                         : action;
}

constexpr std::string_view tagPrefixes[]
    = {"aws:PrincipalTag/", "aws:RequestTag/", "aws:ResourceTag/", "secretsmanager:ResourceTag/"};

// The tag-key prefix entry ("aws:ResourceTag/", ...) that `key` starts with, when a non-empty
// tag name follows it.
const KeyInfo *findTagKey(std::string_view key)
{
    if (key.find('/') == std::string_view::npos)
        return nullptr;
    for (std::string_view prefix : tagPrefixes) {
        if (key.size() > prefix.size() && startsWithIgnoringCase(key, prefix))
            return findSorted(keyTable, prefix);
    }
    return nullptr;
}

// "aws:ResourceTag/${TagKey}" -> "aws:ResourceTag/"; other names unchanged.
std::string_view tagTemplatePrefix(std::string_view name)
{
    const std::size_t slash = name.find('/');
    if (slash == std::string_view::npos)
        return {};
    const std::string_view rest = name.substr(slash + 1);
    return rest == "${TagKey}" || rest == "tag-key" ? name.substr(0, slash + 1)
                                                    : std::string_view();
}

} // namespace

std::span<const ActionInfo> actions()
{
    return actionTable;
}

const ActionInfo *findAction(std::string_view name)
{
    return findSorted(actionTable, withoutServicePrefix(name));
}

const KeyInfo *findKey(std::string_view key)
{
    if (const KeyInfo *info = findSorted(keyTable, key))
        return info->isTagPrefix ? nullptr : info; // a tag key needs a tag name
    return findTagKey(key);
}

std::span<const KeyInfo> keys()
{
    return keyTable;
}

bool actionSuppliesKey(const ActionInfo &action, std::string_view key)
{
    if (!startsWithIgnoringCase(key, servicePrefix))
        return true;
    for (std::string_view supplied : action.conditionKeys) {
        const std::string_view tagPrefix = tagTemplatePrefix(supplied);
        if (tagPrefix.empty()
                ? equalsIgnoringCase(supplied, key)
                : key.size() > tagPrefix.size() && startsWithIgnoringCase(key, tagPrefix)) {
            return true;
        }
    }
    return false;
}

bool isKnownServicePrefix(std::string_view prefix)
{
    return findSorted(prefixTable, prefix) != nullptr;
}

std::span<const std::string_view> servicePrefixes()
{
    return prefixTable;
}

bool usesSecretValue(std::string_view actionName)
{
    return findSorted(secretValueActions, withoutServicePrefix(actionName)) != nullptr;
}

std::span<const std::string_view> awsStages()
{
    return stageTable;
}

values::ValueType valueTypeOf(KeyType type)
{
    switch (type) {
    case KeyType::String:
    case KeyType::ArrayOfString:
        return values::ValueType::String;
    case KeyType::Arn:
        return values::ValueType::Arn;
    case KeyType::Bool:
        return values::ValueType::Bool;
    case KeyType::Numeric:
        return values::ValueType::Numeric;
    case KeyType::Date:
        return values::ValueType::Date;
    case KeyType::IpAddress:
        return values::ValueType::IpAddress;
    case KeyType::Binary:
        return values::ValueType::Binary;
    }
    return values::ValueType::String;
}

} // namespace engine::data
