<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckDescription</name>
    <message>
        <source>The text is not valid JSON.</source>
        <translation>テキストが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>A JSON object contains the same key twice.</source>
        <translation>JSON オブジェクトに同じキーが 2 回あります。</translation>
    </message>
    <message>
        <source>A value that must be a JSON object is not one.</source>
        <translation>JSON オブジェクトであるべき値がオブジェクトではありません。</translation>
    </message>
    <message>
        <source>A key that is not a policy element.</source>
        <translation>ポリシー要素ではないキー。</translation>
    </message>
    <message>
        <source>Version is not &quot;2012-10-17&quot; or &quot;2008-10-17&quot;.</source>
        <translation>Version が &quot;2012-10-17&quot; でも &quot;2008-10-17&quot; でもありません。</translation>
    </message>
    <message>
        <source>The policy has no statements.</source>
        <translation>ポリシーにステートメントがありません。</translation>
    </message>
    <message>
        <source>Effect is missing or not exactly &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>Effect がないか、正確に &quot;Allow&quot; または &quot;Deny&quot; ではありません。</translation>
    </message>
    <message>
        <source>A statement has neither Principal nor NotPrincipal.</source>
        <translation>ステートメントに Principal も NotPrincipal もありません。</translation>
    </message>
    <message>
        <source>A statement has neither Action nor NotAction.</source>
        <translation>ステートメントに Action も NotAction もありません。</translation>
    </message>
    <message>
        <source>A statement has neither Resource nor NotResource.</source>
        <translation>ステートメントに Resource も NotResource もありません。</translation>
    </message>
    <message>
        <source>An element and its Not form in one statement.</source>
        <translation>1 つのステートメントに要素とその Not 形式の両方があります。</translation>
    </message>
    <message>
        <source>An element value of the wrong JSON type.</source>
        <translation>JSON の型が正しくない要素の値。</translation>
    </message>
    <message>
        <source>A principal that is not &quot;*&quot;, an account, or an IAM/STS ARN (blocking when structural).</source>
        <translation>&quot;*&quot;、アカウント、IAM/STS ARN のいずれでもないプリンシパル (構造上のエラーの場合はブロック)。</translation>
    </message>
    <message>
        <source>A wildcard inside a principal ARN, which matches nobody.</source>
        <translation>プリンシパル ARN 内のワイルドカード。誰にも一致しません。</translation>
    </message>
    <message>
        <source>An action that is not service:ActionName (blocking without exactly one colon).</source>
        <translation>service:ActionName の形式ではないアクション (コロンがちょうど 1 つでない場合はブロック)。</translation>
    </message>
    <message>
        <source>An action prefix that is no AWS service.</source>
        <translation>AWS のサービスではないアクションのプレフィックス。</translation>
    </message>
    <message>
        <source>A secretsmanager: pattern that matches no action.</source>
        <translation>どのアクションにも一致しない secretsmanager: パターン。</translation>
    </message>
    <message>
        <source>An action of another service in a secret policy.</source>
        <translation>シークレットポリシー内の他のサービスのアクション。</translation>
    </message>
    <message>
        <source>A resource that is not &quot;*&quot; or a valid ARN.</source>
        <translation>&quot;*&quot; でも有効な ARN でもないリソース。</translation>
    </message>
    <message>
        <source>A condition operator that does not exist.</source>
        <translation>存在しない条件演算子。</translation>
    </message>
    <message>
        <source>A condition key without a prefix or tag name.</source>
        <translation>プレフィックスまたはタグ名のない条件キー。</translation>
    </message>
    <message>
        <source>An aws: or secretsmanager: key that AWS never sets.</source>
        <translation>AWS が設定することのない aws: または secretsmanager: キー。</translation>
    </message>
    <message>
        <source>A multivalued key compared without ForAnyValue/ForAllValues.</source>
        <translation>ForAnyValue/ForAllValues なしで比較している複数値キー。</translation>
    </message>
    <message>
        <source>A Bool key with more than one value.</source>
        <translation>複数の値を持つ Bool キー。</translation>
    </message>
    <message>
        <source>A malformed policy variable.</source>
        <translation>形式が正しくないポリシー変数。</translation>
    </message>
    <message>
        <source>A policy variable in a policy without Version 2012-10-17.</source>
        <translation>Version 2012-10-17 ではないポリシー内のポリシー変数。</translation>
    </message>
    <message>
        <source>A policy variable where variables are not substituted.</source>
        <translation>変数が置換されない場所にあるポリシー変数。</translation>
    </message>
    <message>
        <source>A policy variable naming a multivalued key.</source>
        <translation>複数値キーを指すポリシー変数。</translation>
    </message>
    <message>
        <source>Two spellings of one condition key in one operator block.</source>
        <translation>1 つの演算子ブロック内で同じ条件キーが 2 通りに綴られています。</translation>
    </message>
    <message>
        <source>The policy is longer than 20,480 characters.</source>
        <translation>ポリシーが 20,480 文字を超えています。</translation>
    </message>
    <message>
        <source>aws:SourceIp compared only with private ranges.</source>
        <translation>aws:SourceIp をプライベート範囲とだけ比較しています。</translation>
    </message>
    <message>
        <source>An Allow open to any principal without a pinning condition.</source>
        <translation>固定する条件がなく、すべてのプリンシパルに開かれた Allow。</translation>
    </message>
    <message>
        <source>An Allow open to any principal, limited only by principal or IP conditions.</source>
        <translation>すべてのプリンシパルに開かれ、プリンシパルまたは IP の条件だけで制限された Allow。</translation>
    </message>
    <message>
        <source>Allow with NotPrincipal grants everyone except the listed principals.</source>
        <translation>NotPrincipal を使った Allow は、記載されたプリンシパル以外の全員に許可します。</translation>
    </message>
    <message>
        <source>An Allow for principals of another account (needs the secret ARN).</source>
        <translation>別のアカウントのプリンシパルへの Allow (シークレットの ARN が必要)。</translation>
    </message>
    <message>
        <source>An open or cross-account Allow of PutResourcePolicy or DeleteResourcePolicy.</source>
        <translation>PutResourcePolicy または DeleteResourcePolicy の、公開またはクロスアカウントの Allow。</translation>
    </message>
    <message>
        <source>Allow with NotAction grants every other action.</source>
        <translation>NotAction を使った Allow は、ほかのすべてのアクションを許可します。</translation>
    </message>
    <message>
        <source>ForAllValues on a single-valued key, true when the key is absent.</source>
        <translation>単一値キーへの ForAllValues。キーがないと true になります。</translation>
    </message>
    <message>
        <source>An open or cross-account Allow whose condition holds when a key is absent.</source>
        <translation>キーがないときに条件が成立する、公開またはクロスアカウントの Allow。</translation>
    </message>
    <message>
        <source>A Service principal without an aws:SourceAccount or aws:SourceArn condition.</source>
        <translation>aws:SourceAccount または aws:SourceArn の条件がない Service プリンシパル。</translation>
    </message>
    <message>
        <source>A Deny on VersionStage/VersionId that callers bypass by not passing the parameter.</source>
        <translation>パラメータを渡さなければ回避できる VersionStage/VersionId の Deny。</translation>
    </message>
    <message>
        <source>The policy has no Version.</source>
        <translation>ポリシーに Version がありません。</translation>
    </message>
    <message>
        <source>Version 2008-10-17, the old policy language.</source>
        <translation>Version 2008-10-17 (古いポリシー言語)。</translation>
    </message>
    <message>
        <source>Two statements with the same Sid.</source>
        <translation>同じ Sid を持つ 2 つのステートメント。</translation>
    </message>
    <message>
        <source>A Sid with characters other than letters and digits.</source>
        <translation>英字と数字以外の文字を含む Sid。</translation>
    </message>
    <message>
        <source>A specific resource ARN instead of &quot;*&quot;.</source>
        <translation>&quot;*&quot; ではなく特定のリソース ARN。</translation>
    </message>
    <message>
        <source>No Resource entry can match the secret.</source>
        <translation>シークレットに一致しうる Resource エントリがありません。</translation>
    </message>
    <message>
        <source>An action that a secret policy never decides.</source>
        <translation>シークレットポリシーでは決定されないアクション。</translation>
    </message>
    <message>
        <source>An operator family that does not fit the key&apos;s type.</source>
        <translation>キーの型に合わない演算子ファミリー。</translation>
    </message>
    <message>
        <source>A condition value that cannot be read for its operator.</source>
        <translation>演算子に対して解釈できない条件値。</translation>
    </message>
    <message>
        <source>A wildcard in a value of an operator that compares literally.</source>
        <translation>文字どおりに比較する演算子の値にあるワイルドカード。</translation>
    </message>
    <message>
        <source>A condition key that none of the statement&apos;s actions supplies.</source>
        <translation>ステートメントのどのアクションにも存在しない条件キー。</translation>
    </message>
    <message>
        <source>An Allow on VersionStage/VersionId that default GetSecretValue calls do not satisfy.</source>
        <translation>既定の GetSecretValue 呼び出しでは満たされない VersionStage/VersionId の Allow。</translation>
    </message>
    <message>
        <source>A VersionStage value that looks like a misspelt AWS stage.</source>
        <translation>AWS のステージのつづり間違いと思われる VersionStage の値。</translation>
    </message>
    <message>
        <source>A principal given as the unique id of a deleted user or role.</source>
        <translation>削除されたユーザーまたはロールの一意 ID で指定されたプリンシパル。</translation>
    </message>
    <message>
        <source>A Federated or CanonicalUser principal in a secret policy.</source>
        <translation>シークレットポリシー内の Federated または CanonicalUser プリンシパル。</translation>
    </message>
    <message>
        <source>Deny with NotPrincipal that misses the account or role of a listed principal.</source>
        <translation>記載されたプリンシパルのアカウントまたはロールが抜けている、NotPrincipal を使った Deny。</translation>
    </message>
    <message>
        <source>Two condition pairs that no request satisfies together.</source>
        <translation>どのリクエストも同時には満たせない 2 つの条件ペア。</translation>
    </message>
    <message>
        <source>A network Deny that also blocks AWS services acting for you.</source>
        <translation>代理で動作する AWS のサービスもブロックしてしまうネットワークの Deny。</translation>
    </message>
    <message>
        <source>A Deny on Bool aws:MultiFactorAuthPresent false, which long-term keys bypass.</source>
        <translation>長期のアクセスキーでは回避される、Bool aws:MultiFactorAuthPresent false の Deny。</translation>
    </message>
    <message>
        <source>A condition key of another service.</source>
        <translation>他のサービスの条件キー。</translation>
    </message>
    <message>
        <source>A date with a time but no time zone.</source>
        <translation>時刻はあるがタイムゾーンのない日付。</translation>
    </message>
    <message>
        <source>An operator recognised only ignoring case.</source>
        <translation>大文字と小文字を区別しない場合にだけ認識される演算子。</translation>
    </message>
    <message>
        <source>A policy variable in a Bool value.</source>
        <translation>Bool の値にあるポリシー変数。</translation>
    </message>
    <message>
        <source>An empty list.</source>
        <translation>空のリスト。</translation>
    </message>
    <message>
        <source>An empty Condition, operator block or Principal.</source>
        <translation>空の Condition、演算子ブロック、または Principal。</translation>
    </message>
    <message>
        <source>An empty Sid.</source>
        <translation>空の Sid。</translation>
    </message>
    <message>
        <source>An action covered by another of the same element.</source>
        <translation>同じ要素の別のアクションに含まれるアクション。</translation>
    </message>
    <message>
        <source>A resource covered by another of the same element.</source>
        <translation>同じ要素の別のリソースに含まれるリソース。</translation>
    </message>
    <message>
        <source>A principal listed twice or covered by its role.</source>
        <translation>重複して記載されているか、そのロールに含まれるプリンシパル。</translation>
    </message>
    <message>
        <source>Two statements that say the same.</source>
        <translation>同じ内容の 2 つのステートメント。</translation>
    </message>
    <message>
        <source>Several values under an ordering operator.</source>
        <translation>大小比較の演算子に複数の値。</translation>
    </message>
    <message>
        <source>A CIDR with bits set after the prefix.</source>
        <translation>プレフィックスより後ろのビットが立っている CIDR。</translation>
    </message>
    <message>
        <source>A wildcard in an action&apos;s service prefix.</source>
        <translation>アクションのサービスプレフィックス内のワイルドカード。</translation>
    </message>
    <message>
        <source>ForAnyValue:Null or ForAllValues:Null.</source>
        <translation>ForAnyValue:Null または ForAllValues:Null。</translation>
    </message>
    <message>
        <source>A condition key not in its usual spelling.</source>
        <translation>通常のつづりではない条件キー。</translation>
    </message>
    <message>
        <source>NotPrincipal instead of Principal &quot;*&quot; with aws:PrincipalArn.</source>
        <translation>Principal &quot;*&quot; と aws:PrincipalArn の代わりに NotPrincipal。</translation>
    </message>
    <message>
        <source>A secret ARN ending in &quot;-*&quot;.</source>
        <translation>&quot;-*&quot; で終わるシークレット ARN。</translation>
    </message>
    <message>
        <source>The policy is close to 20,480 characters.</source>
        <translation>ポリシーが 20,480 文字に近づいています。</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>and</source>
        <extracomment>Joins the last two names of a list: &quot;A, B and C&quot;.</extracomment>
        <translation>および</translation>
    </message>
    <message>
        <source>or</source>
        <extracomment>Joins alternative values: &quot;&quot;a&quot; or &quot;b&quot;&quot;.</extracomment>
        <translation>または</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 (line %2, column %3).</source>
        <translation>ポリシーが有効な JSON ではありません: %1 (%2 行、%3 列)。</translation>
    </message>
    <message>
        <source>%1 appears more than once in the same object. AWS rejects repeated keys; keep one %1 and put all its values in one array.</source>
        <translation>%1 が同じオブジェクト内に複数回あります。AWS はキーの重複を拒否します。%1 を 1 つだけ残し、値をすべて 1 つの配列にまとめてください。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>%1 is not a policy element. Did you mean %2? Element names are case-sensitive.</source>
        <translation>%1 はポリシー要素ではありません。%2 のことですか? 要素名では大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>%1 is not a policy element. Element names are case-sensitive.</source>
        <translation>%1 はポリシー要素ではありません。要素名では大文字と小文字が区別されます。</translation>
    </message>
    <message>
        <source>Version must be &quot;2012-10-17&quot; (current) or &quot;2008-10-17&quot; (old); found %1.</source>
        <translation>Version は &quot;2012-10-17&quot; (現行) または &quot;2008-10-17&quot; (旧) でなければなりません。値: %1。</translation>
    </message>
    <message>
        <source>The policy has no statements. Add at least one statement.</source>
        <translation>ポリシーにステートメントがありません。ステートメントを 1 つ以上追加してください。</translation>
    </message>
    <message>
        <source>Effect must be exactly &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>Effect は正確に &quot;Allow&quot; または &quot;Deny&quot; でなければなりません。</translation>
    </message>
    <message>
        <source>Effect must be exactly &quot;Allow&quot; or &quot;Deny&quot;, found %1.</source>
        <translation>Effect は正確に &quot;Allow&quot; または &quot;Deny&quot; でなければなりません。値: %1。</translation>
    </message>
    <message>
        <source>A statement in a secret policy must say whom it applies to. Add a &quot;Principal&quot; element, for example {&quot;AWS&quot;: &quot;arn:aws:iam::111122223333:role/Reader&quot;}.</source>
        <translation>シークレットポリシーのステートメントには、誰に適用されるかを書く必要があります。&quot;Principal&quot; 要素を追加してください。例: {&quot;AWS&quot;: &quot;arn:aws:iam::111122223333:role/Reader&quot;}</translation>
    </message>
    <message>
        <source>Add an &quot;Action&quot; element listing the Secrets Manager actions this statement covers.</source>
        <translation>このステートメントが対象とする Secrets Manager のアクションを列挙した &quot;Action&quot; 要素を追加してください。</translation>
    </message>
    <message>
        <source>Add &quot;Resource&quot;: &quot;*&quot;. In a secret policy &quot;*&quot; means the secret this policy is attached to.</source>
        <translation>&quot;Resource&quot;: &quot;*&quot; を追加してください。シークレットポリシーでは、&quot;*&quot; はこのポリシーがアタッチされているシークレットを意味します。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used in the same statement. Keep one of them.</source>
        <translation>%1 と %2 は同じステートメントでは使えません。どちらか一方を残してください。</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3.</source>
        <translation>%1 は %2 でなければなりません。実際の型: %3。</translation>
    </message>
    <message>
        <source>%1 is not a valid principal. Use &quot;*&quot;, an account id, or the ARN of an account, user, role or role session under &quot;AWS&quot;.</source>
        <translation>%1 は有効なプリンシパルではありません。&quot;AWS&quot; の下に &quot;*&quot;、アカウント ID、またはアカウント、ユーザー、ロール、ロールセッションの ARN を指定してください。</translation>
    </message>
    <message>
        <source>Wildcards do not work inside a principal ARN; this entry matches nobody. To allow a group of principals use &quot;Principal&quot;: &quot;*&quot; with a condition such as &quot;ArnLike&quot;: {&quot;aws:PrincipalArn&quot;: %1}.</source>
        <translation>プリンシパル ARN 内ではワイルドカードは機能しないため、このエントリは誰にも一致しません。プリンシパルのグループを許可するには、&quot;Principal&quot;: &quot;*&quot; に &quot;ArnLike&quot;: {&quot;aws:PrincipalArn&quot;: %1} のような条件を組み合わせてください。</translation>
    </message>
    <message>
        <source>%1 is not an action. Write it as service:ActionName, for example &quot;secretsmanager:GetSecretValue&quot;.</source>
        <translation>%1 はアクションではありません。service:ActionName の形式で書いてください。例: &quot;secretsmanager:GetSecretValue&quot;</translation>
    </message>
    <message>
        <source>%1 is not an AWS service prefix. Did you mean &quot;secretsmanager&quot;?</source>
        <translation>%1 は AWS のサービスプレフィックスではありません。&quot;secretsmanager&quot; のことですか?</translation>
    </message>
    <message>
        <source>%1 matches no Secrets Manager action. Did you mean %2?</source>
        <translation>%1 はどの Secrets Manager アクションにも一致しません。%2 のことですか?</translation>
    </message>
    <message>
        <source>%1 matches no Secrets Manager action.</source>
        <translation>%1 はどの Secrets Manager アクションにも一致しません。</translation>
    </message>
    <message>
        <source>%1 is not a Secrets Manager action. A secret policy only controls Secrets Manager actions on this secret; grant KMS permissions in the key policy.</source>
        <translation>%1 は Secrets Manager のアクションではありません。シークレットポリシーが制御するのは、このシークレットに対する Secrets Manager のアクションだけです。KMS のアクセス許可はキーポリシーで付与してください。</translation>
    </message>
    <message>
        <source>%1 is not a Secrets Manager action. A secret policy only controls Secrets Manager actions on this secret; grant it in an identity policy.</source>
        <translation>%1 は Secrets Manager のアクションではありません。シークレットポリシーが制御するのは、このシークレットに対する Secrets Manager のアクションだけです。ID ベースのポリシーで付与してください。</translation>
    </message>
    <message>
        <source>%1 is not a valid resource ARN (%2); this entry matches nothing. In a secret policy use &quot;*&quot;.</source>
        <translation>%1 は有効なリソース ARN ではありません (%2)。このエントリは何にも一致しません。シークレットポリシーでは &quot;*&quot; を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not a condition operator. Did you mean %2?</source>
        <translation>%1 は条件演算子ではありません。%2 のことですか?</translation>
    </message>
    <message>
        <source>%1 is not a condition operator.</source>
        <translation>%1 は条件演算子ではありません。</translation>
    </message>
    <message>
        <source>%1 is not a condition key. Keys look like aws:SourceIp or secretsmanager:VersionStage; tag keys need a tag name after the slash.</source>
        <translation>%1 は条件キーではありません。キーは aws:SourceIp や secretsmanager:VersionStage のような形式です。タグキーにはスラッシュの後にタグ名が必要です。</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. Did you mean %2?. AWS never sets unknown keys, so this condition can never be true.</source>
        <translation>%1 は既知の条件キーではありません。%2 のことですか? AWS は未知のキーを設定しないため、この条件は決して true になりません。</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. Did you mean %2?. AWS never sets unknown keys, so this condition is always true for a negated operator.</source>
        <translation>%1 は既知の条件キーではありません。%2 のことですか? AWS は未知のキーを設定しないため、否定の演算子ではこの条件は常に true になります。</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. AWS never sets unknown keys, so this condition can never be true.</source>
        <translation>%1 は既知の条件キーではありません。AWS は未知のキーを設定しないため、この条件は決して true になりません。</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. AWS never sets unknown keys, so this condition is always true for a negated operator.</source>
        <translation>%1 は既知の条件キーではありません。AWS は未知のキーを設定しないため、否定の演算子ではこの条件は常に true になります。</translation>
    </message>
    <message>
        <source>%1 can hold several values, so compare it with ForAnyValue:%2 or ForAllValues:%2. Without one of them the condition is never true when the key is present.</source>
        <translation>%1 は複数の値を持つことがあるため、ForAnyValue:%2 または ForAllValues:%2 で比較してください。どちらもないと、キーが存在するときに条件が true になることはありません。</translation>
    </message>
    <message>
        <source>Give %1 a single value, &quot;true&quot; or &quot;false&quot;.</source>
        <translation>%1 には値を 1 つだけ (&quot;true&quot; または &quot;false&quot;) 指定してください。</translation>
    </message>
    <message>
        <source>The policy variable %1 is malformed: %2. Write ${key} or ${key, &apos;default&apos;}.</source>
        <translation>ポリシー変数 %1 の形式が正しくありません: %2。${key} または ${key, &apos;default&apos;} と書いてください。</translation>
    </message>
    <message>
        <source>%1 is only a policy variable when &quot;Version&quot; is &quot;2012-10-17&quot;. In this policy it is compared as literal text. Add &quot;Version&quot;: &quot;2012-10-17&quot;.</source>
        <translation>%1 がポリシー変数になるのは &quot;Version&quot; が &quot;2012-10-17&quot; のときだけです。このポリシーでは文字列としてそのまま比較されます。&quot;Version&quot;: &quot;2012-10-17&quot; を追加してください。</translation>
    </message>
    <message>
        <source>Policy variables are not substituted in %1; %2 is taken literally. Variables work in the resource part of an ARN and in String and ARN condition values.</source>
        <translation>%1 ではポリシー変数は置換されません。%2 はそのままの文字列として扱われます。変数が使えるのは ARN のリソース部分と、String および ARN の条件値です。</translation>
    </message>
    <message>
        <source>%1 can hold several values and cannot be used as a variable; the value containing it never matches.</source>
        <translation>%1 は複数の値を持つことがあるため変数としては使えません。これを含む値は決して一致しません。</translation>
    </message>
    <message>
        <source>%1 and %2 are the same condition key (names ignore case). Keep one.</source>
        <translation>%1 と %2 は同じ条件キーです (名前では大文字と小文字が区別されません)。一方だけ残してください。</translation>
    </message>
    <message>
        <source>The policy has %1 characters; Secrets Manager accepts at most 20,480, whitespace included. Remove whitespace or merge statements.</source>
        <translation>ポリシーは %1 文字あります。Secrets Manager が受け付けるのは空白を含めて最大 20,480 文字です。空白を削除するか、ステートメントをまとめてください。</translation>
    </message>
    <message>
        <source>aws:SourceIp only ever holds public addresses, so this condition never matches. For private addresses behind a VPC endpoint use aws:VpcSourceIp.</source>
        <translation>aws:SourceIp には常にパブリックアドレスしか入らないため、この条件は決して一致しません。VPC エンドポイント経由のプライベートアドレスには aws:VpcSourceIp を使ってください。</translation>
    </message>
    <message>
        <source>aws:SourceIp only ever holds public addresses, so this condition always matches. For private addresses behind a VPC endpoint use aws:VpcSourceIp.</source>
        <translation>aws:SourceIp には常にパブリックアドレスしか入らないため、この条件は常に一致します。VPC エンドポイント経由のプライベートアドレスには aws:VpcSourceIp を使ってください。</translation>
    </message>
    <message>
        <source>Anyone in any AWS account can call %1 on this secret. Secrets Manager refuses this policy when BlockPublicPolicy is set. Name the principals, or pin the statement with a fixed aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.</source>
        <translation>どの AWS アカウントの誰でも、このシークレットに対して %1 を呼び出せます。BlockPublicPolicy が設定されていると、Secrets Manager はこのポリシーを拒否します。プリンシパルを指定するか、aws:SourceAccount、aws:SourceArn、aws:SourceOwner、aws:SourceVpc、aws:SourceVpce の固定条件でステートメントを限定してください。</translation>
    </message>
    <message>
        <source>This statement is open to any principal that satisfies %1. Secrets Manager may still treat it as broad access and refuse it with BlockPublicPolicy; naming the accounts in &quot;Principal&quot; is safer.</source>
        <translation>このステートメントは、%1 を満たすすべてのプリンシパルに開かれています。Secrets Manager はこれを広範なアクセスとみなし、BlockPublicPolicy で拒否する場合があります。&quot;Principal&quot; でアカウントを指定するほうが安全です。</translation>
    </message>
    <message>
        <source>&quot;Allow&quot; with &quot;NotPrincipal&quot; grants everyone except the listed principals, including every other AWS account and unauthenticated callers. AWS no longer supports this combination in most policies. Use &quot;Principal&quot; instead.</source>
        <translation>&quot;Allow&quot; と &quot;NotPrincipal&quot; の組み合わせは、記載されたプリンシパル以外の全員 (ほかのすべての AWS アカウントや認証されていない呼び出し元を含む) に許可します。AWS はほとんどのポリシーでこの組み合わせをサポートしなくなりました。代わりに &quot;Principal&quot; を使ってください。</translation>
    </message>
    <message>
        <source>Principals of account %1 can call %2 on this secret once their own identity policies allow it. Reading the value from another account also requires a customer managed KMS key that allows them kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used from another account.</source>
        <translation>アカウント %1 のプリンシパルは、自身の ID ベースのポリシーで許可されれば、このシークレットに対して %2 を呼び出せます。別のアカウントから値を読み取るには、kms:Decrypt を許可するカスタマーマネージド KMS キーも必要です。AWS マネージドキー aws/secretsmanager は別のアカウントからは使えません。</translation>
    </message>
    <message>
        <source>Principals of accounts %1 can call %2 on this secret once their own identity policies allow it. Reading the value from another account also requires a customer managed KMS key that allows them kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used from another account.</source>
        <translation>アカウント %1 のプリンシパルは、自身の ID ベースのポリシーで許可されれば、このシークレットに対して %2 を呼び出せます。別のアカウントから値を読み取るには、kms:Decrypt を許可するカスタマーマネージド KMS キーも必要です。AWS マネージドキー aws/secretsmanager は別のアカウントからは使えません。</translation>
    </message>
    <message>
        <source>%1 can rewrite this policy (through %2) and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account %3.</source>
        <translation>%1 は (%2 によって) このポリシーを書き換え、自分自身やほかの誰にでもシークレットへの任意のアクセスを与えることができます。ポリシーの管理はアカウント %3 の管理者にだけ許可してください。</translation>
    </message>
    <message>
        <source>%1 can delete this policy (through %2) and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account %3.</source>
        <translation>%1 は (%2 によって) このポリシーを削除し、自分自身やほかの誰にでもシークレットへの任意のアクセスを与えることができます。ポリシーの管理はアカウント %3 の管理者にだけ許可してください。</translation>
    </message>
    <message>
        <source>&quot;NotAction&quot; with &quot;Allow&quot; grants every other action, including PutResourcePolicy, DeleteResourcePolicy and any action Secrets Manager adds later. List the allowed actions in &quot;Action&quot; instead.</source>
        <translation>&quot;NotAction&quot; と &quot;Allow&quot; の組み合わせは、PutResourcePolicy、DeleteResourcePolicy、今後 Secrets Manager に追加されるアクションを含む、ほかのすべてのアクションを許可します。代わりに、許可するアクションを &quot;Action&quot; に列挙してください。</translation>
    </message>
    <message>
        <source>ForAllValues is true when %1 is absent, so this condition lets through every request that lacks the key. %1 holds one value; drop &quot;ForAllValues:&quot;.</source>
        <translation>ForAllValues は %1 がないと true になるため、この条件はキーのないリクエストをすべて通してしまいます。%1 は単一の値なので、&quot;ForAllValues:&quot; を削除してください。</translation>
    </message>
    <message>
        <source>%1 on %2 is also true when the request has no %2 (for example %3), so this statement grants more than it appears to.</source>
        <translation>%2 に対する %1 は、リクエストに %2 がない場合 (例: %3) にも true になるため、このステートメントは見かけ以上の許可を与えます。</translation>
    </message>
    <message>
        <source>%1 can use this permission on behalf of any AWS customer. Add &quot;StringEquals&quot;: {&quot;aws:SourceAccount&quot;: &quot;%2&quot;} (or aws:SourceArn) so that only requests made for your resources are allowed.</source>
        <translation>%1 は、どの AWS のお客様の代理としてもこのアクセス許可を使えます。&quot;StringEquals&quot;: {&quot;aws:SourceAccount&quot;: &quot;%2&quot;} (または aws:SourceArn) を追加して、自分のリソースのためのリクエストだけを許可してください。</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. A caller who asks for an old version by VersionId is not denied. Use plain &quot;%4&quot; instead (then every caller has to pass %1).</source>
        <translation>この Deny は %1 を渡さない呼び出しには適用されません。その場合 %2 は存在せず、キーがないと &quot;%3&quot; は false になるためです。VersionId で古いバージョンを要求する呼び出し元も拒否されません。代わりに否定なしの &quot;%4&quot; を使ってください (すべての呼び出し元が %1 を渡す必要があります)。</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. A caller who asks for an old version by VersionId is not denied.</source>
        <translation>この Deny は %1 を渡さない呼び出しには適用されません。その場合 %2 は存在せず、キーがないと &quot;%3&quot; は false になるためです。VersionId で古いバージョンを要求する呼び出し元も拒否されません。</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. Use plain &quot;%4&quot; instead (then every caller has to pass %1).</source>
        <translation>この Deny は %1 を渡さない呼び出しには適用されません。その場合 %2 は存在せず、キーがないと &quot;%3&quot; は false になるためです。代わりに否定なしの &quot;%4&quot; を使ってください (すべての呼び出し元が %1 を渡す必要があります)。</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key.</source>
        <translation>この Deny は %1 を渡さない呼び出しには適用されません。その場合 %2 は存在せず、キーがないと &quot;%3&quot; は false になるためです。</translation>
    </message>
    <message>
        <source>Add &quot;Version&quot;: &quot;2012-10-17&quot;. Without it the old 2008-10-17 language applies, in which policy variables are plain text.</source>
        <translation>&quot;Version&quot;: &quot;2012-10-17&quot; を追加してください。ないと古い 2008-10-17 の言語が適用され、ポリシー変数はただの文字列になります。</translation>
    </message>
    <message>
        <source>&quot;2008-10-17&quot; is the old policy language. Use &quot;2012-10-17&quot;.</source>
        <translation>&quot;2008-10-17&quot; は古いポリシー言語です。&quot;2012-10-17&quot; を使ってください。</translation>
    </message>
    <message>
        <source>Sid %1 is used by statements %2 and %3. Give each statement its own Sid so results and logs can tell them apart.</source>
        <translation>Sid %1 がステートメント %2 と %3 で使われています。結果やログで区別できるよう、ステートメントごとに別の Sid を付けてください。</translation>
    </message>
    <message>
        <source>IAM policies allow only letters and digits in a Sid. Secrets Manager does not document its rule; %1 may be refused.</source>
        <translation>IAM ポリシーでは Sid に英字と数字しか使えません。Secrets Manager の規則は文書化されていないため、%1 は拒否される可能性があります。</translation>
    </message>
    <message>
        <source>A secret policy always applies to its own secret, and &quot;Resource&quot;: &quot;*&quot; says exactly that. A specific ARN silently stops matching if this policy is copied to another secret or the secret is re-created with a new suffix.</source>
        <translation>シークレットポリシーは常に自身のシークレットに適用され、&quot;Resource&quot;: &quot;*&quot; はまさにそれを表します。特定の ARN を書くと、このポリシーを別のシークレットにコピーしたり、シークレットが新しいサフィックスで再作成されたりしたときに、知らないうちに一致しなくなります。</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match the secret&apos;s ARN. Secret ARNs end in a hyphen and six random characters; use &quot;...%2-??????&quot; or &quot;*&quot;.</source>
        <translation>このステートメントは適用されません: %1 はシークレットの ARN に一致しません。シークレット ARN はハイフンとランダムな 6 文字で終わります。&quot;...%2-??????&quot; または &quot;*&quot; を使ってください。</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match the secret&apos;s ARN.</source>
        <translation>このステートメントは適用されません: %1 はシークレットの ARN に一致しません。</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match any secret ARN. Secret ARNs end in a hyphen and six random characters; use &quot;...%2-??????&quot; or &quot;*&quot;.</source>
        <translation>このステートメントは適用されません: %1 はどのシークレット ARN にも一致しません。シークレット ARN はハイフンとランダムな 6 文字で終わります。&quot;...%2-??????&quot; または &quot;*&quot; を使ってください。</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match any secret ARN.</source>
        <translation>このステートメントは適用されません: %1 はどのシークレット ARN にも一致しません。</translation>
    </message>
    <message>
        <source>%1 is never decided by a secret policy (%2). Grant it in an identity policy.</source>
        <translation>%1 はシークレットポリシーでは決定されません (%2)。ID ベースのポリシーで付与してください。</translation>
    </message>
    <message>
        <source>%1 is a %2 key; compare it with a %3 operator, not %4.</source>
        <translation>%1 は %2 型のキーです。%4 ではなく %3 演算子で比較してください。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 for %3, so this comparison can never be true.</source>
        <translation>%1 は %3 に対する有効な %2 ではないため、この比較は決して true になりません。</translation>
    </message>
    <message>
        <source>%1 contains %2, which %3 compares literally. Use %4 if you meant a wildcard.</source>
        <translation>%1 には %2 が含まれていますが、%3 はこれを文字どおりに比較します。ワイルドカードのつもりなら %4 を使ってください。</translation>
    </message>
    <message>
        <source>%1 is never present for %2, so for them this statement never applies.</source>
        <translation>%1 は %2 では存在しないため、それらについてこのステートメントは適用されません。</translation>
    </message>
    <message>
        <source>%1 is never present for %2, so for them this condition is decided as if the key were absent.</source>
        <translation>%1 は %2 では存在しないため、それらについてこの条件はキーがないものとして判定されます。</translation>
    </message>
    <message>
        <source>%1 is present only when the caller passes the %2 parameter. Calls that rely on the default (AWSCURRENT), and every BatchGetSecretValue call, are not allowed by this statement. Make sure clients pass VersionStage=AWSCURRENT.</source>
        <translation>%1 が存在するのは、呼び出し元が %2 パラメータを渡したときだけです。既定値 (AWSCURRENT) に頼る呼び出しと、すべての BatchGetSecretValue 呼び出しは、このステートメントでは許可されません。クライアントが VersionStage=AWSCURRENT を渡すようにしてください。</translation>
    </message>
    <message>
        <source>%1 is not a stage Secrets Manager uses; did you mean %2? Stage names are compared exactly.</source>
        <translation>%1 は Secrets Manager が使うステージではありません。%2 のことですか? ステージ名は完全一致で比較されます。</translation>
    </message>
    <message>
        <source>%1 is the internal id of a user or role that was probably deleted. It matches no one now, and re-creating the principal with the same name does not bring access back. Replace it with the principal&apos;s ARN or remove it.</source>
        <translation>%1 は、おそらく削除されたユーザーまたはロールの内部 ID です。現在は誰にも一致せず、同じ名前でプリンシパルを作り直してもアクセスは戻りません。プリンシパルの ARN に置き換えるか、削除してください。</translation>
    </message>
    <message>
        <source>%1 principals never call Secrets Manager directly: web-identity and SAML users arrive as assumed-role sessions, and canonical users are an Amazon S3 concept. Name the role ARN under &quot;AWS&quot; instead.</source>
        <translation>%1 プリンシパルが Secrets Manager を直接呼び出すことはありません。Web ID や SAML のユーザーは引き受けたロールのセッションとして届き、正規ユーザーは Amazon S3 の概念です。代わりに &quot;AWS&quot; の下にロールの ARN を指定してください。</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its role. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>%1 をこの Deny から除外するには、NotPrincipal に %2 も記載する必要があります。そうしないと、そのロールを通じて Deny が適用される可能性があります。セッションはワイルドカードでは除外できません。&quot;Principal&quot;: &quot;*&quot; と &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;} の組み合わせをお勧めします。</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its account. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>%1 をこの Deny から除外するには、NotPrincipal に %2 も記載する必要があります。そうしないと、そのアカウントを通じて Deny が適用される可能性があります。セッションはワイルドカードでは除外できません。&quot;Principal&quot;: &quot;*&quot; と &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;} の組み合わせをお勧めします。</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its role or account. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>%1 をこの Deny から除外するには、NotPrincipal に %2 も記載する必要があります。そうしないと、そのロールまたはアカウントを通じて Deny が適用される可能性があります。セッションはワイルドカードでは除外できません。&quot;Principal&quot;: &quot;*&quot; と &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;} の組み合わせをお勧めします。</translation>
    </message>
    <message>
        <source>This Allow statement can never apply: %1.</source>
        <translation>この Allow ステートメントが適用されることはありません: %1。</translation>
    </message>
    <message>
        <source>This Deny statement can never apply: %1.</source>
        <translation>この Deny ステートメントが適用されることはありません: %1。</translation>
    </message>
    <message>
        <source>Requests that AWS services make for you (for example a rotation Lambda function, or CloudFormation) come from AWS addresses and not through your endpoint, so this Deny also blocks them. Exempt them with &quot;Bool&quot;: {&quot;aws:ViaAWSService&quot;: &quot;false&quot;} or {&quot;aws:PrincipalIsAWSService&quot;: &quot;false&quot;} in the same statement, if that is acceptable.</source>
        <translation>AWS のサービスが代理で行うリクエスト (ローテーション用の Lambda 関数や CloudFormation など) は、エンドポイントを経由せず AWS のアドレスから届くため、この Deny はそれらもブロックします。問題がなければ、同じステートメントに &quot;Bool&quot;: {&quot;aws:ViaAWSService&quot;: &quot;false&quot;} または {&quot;aws:PrincipalIsAWSService&quot;: &quot;false&quot;} を追加して除外してください。</translation>
    </message>
    <message>
        <source>aws:MultiFactorAuthPresent is absent for long-term access keys, so this Deny does not stop them. Use &quot;BoolIfExists&quot; to deny every request without MFA.</source>
        <translation>長期のアクセスキーでは aws:MultiFactorAuthPresent が存在しないため、この Deny ではそれらを止められません。MFA のないリクエストをすべて拒否するには &quot;BoolIfExists&quot; を使ってください。</translation>
    </message>
    <message>
        <source>%1 belongs to another service and is never present in a Secrets Manager request.</source>
        <translation>%1 は他のサービスのキーで、Secrets Manager へのリクエストには存在しません。</translation>
    </message>
    <message>
        <source>%1 has no time zone; it is read as UTC. Add &quot;Z&quot; or an offset.</source>
        <translation>%1 にはタイムゾーンがないため UTC として解釈されます。&quot;Z&quot; またはオフセットを追加してください。</translation>
    </message>
    <message>
        <source>Write %1. AWS documents operators with this exact spelling; other spellings may be refused.</source>
        <translation>%1 と書いてください。AWS は演算子をこの正確なつづりで文書化しており、ほかのつづりは拒否される可能性があります。</translation>
    </message>
    <message>
        <source>AWS&apos;s documentation disagrees on whether variables work with Bool; use a String operator or a literal value.</source>
        <translation>Bool で変数が使えるかどうかは AWS のドキュメントによって食い違っています。String 演算子かリテラル値を使ってください。</translation>
    </message>
    <message>
        <source>An empty list never matches; this statement never applies.</source>
        <translation>空のリストは決して一致しないため、このステートメントは適用されません。</translation>
    </message>
    <message>
        <source>An empty list matches only when %1 is absent; use &quot;Null&quot;: {%2: &quot;true&quot;} to say that.</source>
        <translation>空のリストが一致するのは %1 がないときだけです。それを表すには &quot;Null&quot;: {%2: &quot;true&quot;} を使ってください。</translation>
    </message>
    <message>
        <source>An empty list under %1 matches whenever %2 is present; use &quot;Null&quot;: {%3: &quot;false&quot;} to say that.</source>
        <translation>%1 の下の空のリストは、%2 が存在すれば常に一致します。それを表すには &quot;Null&quot;: {%3: &quot;false&quot;} を使ってください。</translation>
    </message>
    <message>
        <source>An empty list under %1 is always true, so this condition has no effect. Add values or remove it.</source>
        <translation>%1 の下の空のリストは常に true になるため、この条件には効果がありません。値を追加するか、条件を削除してください。</translation>
    </message>
    <message>
        <source>%1 lists nothing and matches nothing. Add values or remove the statement.</source>
        <translation>%1 には何も記載されておらず、何にも一致しません。値を追加するか、ステートメントを削除してください。</translation>
    </message>
    <message>
        <source>%1 lists nothing and matches nothing; the statement never applies. Add values or remove the statement.</source>
        <translation>%1 には何も記載されておらず、何にも一致しないため、このステートメントは適用されません。値を追加するか、ステートメントを削除してください。</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every action. List what to exclude.</source>
        <translation>空の %1 は何も除外しないため、このステートメントはすべてのアクションに適用されます。除外するものを記載してください。</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every resource. List what to exclude.</source>
        <translation>空の %1 は何も除外しないため、このステートメントはすべてのリソースに適用されます。除外するものを記載してください。</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every principal. List what to exclude.</source>
        <translation>空の %1 は何も除外しないため、このステートメントはすべてのプリンシパルに適用されます。除外するものを記載してください。</translation>
    </message>
    <message>
        <source>This &quot;Principal&quot; is empty and has no effect; the statement names no principal and never applies. Remove it.</source>
        <translation>この &quot;Principal&quot; は空で効果がありません。ステートメントがプリンシパルを指定していないため、適用されることもありません。削除してください。</translation>
    </message>
    <message>
        <source>This &quot;Condition&quot; is empty and has no effect. Remove it.</source>
        <translation>この &quot;Condition&quot; は空で効果がありません。削除してください。</translation>
    </message>
    <message>
        <source>This %1 block is empty and has no effect. Remove it.</source>
        <translation>この %1 ブロックは空で効果がありません。削除してください。</translation>
    </message>
    <message>
        <source>Give the statement a Sid or remove the empty one.</source>
        <translation>ステートメントに Sid を付けるか、空の Sid を削除してください。</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <translation>%1 は %2 にすでに含まれています。</translation>
    </message>
    <message>
        <source>Statement %1 repeats statement %2. Remove one; otherwise an edit to one copy may leave the other granting the old permissions.</source>
        <translation>ステートメント %1 はステートメント %2 の繰り返しです。一方を削除してください。そうしないと、片方だけを編集したときにもう一方が古いアクセス許可を与え続ける可能性があります。</translation>
    </message>
    <message>
        <source>Only %1 matters here; the other values are redundant.</source>
        <translation>ここで意味があるのは %1 だけで、ほかの値は冗長です。</translation>
    </message>
    <message>
        <source>The bits after /%1 are ignored; write %2.</source>
        <translation>/%1 より後ろのビットは無視されます。%2 と書いてください。</translation>
    </message>
    <message>
        <source>A wildcard in the service name may match other services&apos; actions. Write &quot;secretsmanager:&quot;.</source>
        <translation>サービス名にワイルドカードがあると、他のサービスのアクションにも一致する可能性があります。&quot;secretsmanager:&quot; と書いてください。</translation>
    </message>
    <message>
        <source>&quot;Null&quot; only tests whether %1 is present; with ForAllValues it is always true and with ForAnyValue always false. Use plain &quot;Null&quot;.</source>
        <translation>&quot;Null&quot; が調べるのは %1 が存在するかどうかだけです。ForAllValues では常に true、ForAnyValue では常に false になります。修飾子なしの &quot;Null&quot; を使ってください。</translation>
    </message>
    <message>
        <source>Condition key names ignore case, but the usual spelling is %1.</source>
        <translation>条件キーの名前では大文字と小文字は区別されませんが、通常のつづりは %1 です。</translation>
    </message>
    <message>
        <source>AWS recommends &quot;Principal&quot;: &quot;*&quot; with an &quot;ArnNotEquals&quot; condition on aws:PrincipalArn instead of NotPrincipal; it is easier to reason about and also covers role sessions.</source>
        <translation>AWS は NotPrincipal の代わりに、&quot;Principal&quot;: &quot;*&quot; と aws:PrincipalArn に対する &quot;ArnNotEquals&quot; 条件の組み合わせを推奨しています。そのほうが理解しやすく、ロールセッションにも対応できます。</translation>
    </message>
    <message>
        <source>&quot;-*&quot; also matches other secrets whose names start with %1. Use &quot;-??????&quot; to match exactly this secret&apos;s six-character suffix, or &quot;*&quot;.</source>
        <translation>&quot;-*&quot; は、名前が %1 で始まるほかのシークレットにも一致します。このシークレットの 6 文字のサフィックスにだけ一致させるには &quot;-??????&quot; を、または &quot;*&quot; を使ってください。</translation>
    </message>
    <message>
        <source>The policy uses %1 of 20,480 characters. Whitespace counts; consider compacting it.</source>
        <translation>ポリシーは 20,480 文字のうち %1 文字を使っています。空白も数えられるので、詰めることを検討してください。</translation>
    </message>
    <message>
        <source>The policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>ステートメント %1</translation>
    </message>
    <message>
        <source>The operator block %1</source>
        <translation>演算子ブロック %1</translation>
    </message>
    <message>
        <source>Each entry of %1</source>
        <translation>%1 の各エントリ</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>Each value of %1</source>
        <translation>%1 の各値</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a string or an array of strings</source>
        <translation>文字列または文字列の配列</translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation>文字列、数値、またはブール値</translation>
    </message>
    <message>
        <source>a string, number or boolean, or an array of them</source>
        <translation>文字列、数値、ブール値、またはそれらの配列</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Boolean (&quot;true&quot; or &quot;false&quot;)</source>
        <translation>ブール値 (&quot;true&quot; または &quot;false&quot;)</translation>
    </message>
    <message>
        <source>IP address or CIDR range</source>
        <translation>IP アドレスまたは CIDR 範囲</translation>
    </message>
    <message>
        <source>base64 value</source>
        <translation>Base64 値</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>it does not start with &quot;arn:&quot;</source>
        <translation>&quot;arn:&quot; で始まっていません</translation>
    </message>
    <message>
        <source>it has fewer than six colon-separated fields</source>
        <translation>コロンで区切られたフィールドが 6 つ未満です</translation>
    </message>
    <message>
        <source>the service field contains a wildcard</source>
        <translation>サービスのフィールドにワイルドカードがあります</translation>
    </message>
    <message>
        <source>the service field has upper-case letters</source>
        <translation>サービスのフィールドに大文字があります</translation>
    </message>
    <message>
        <source>the secret does not exist yet when it is called</source>
        <translation>呼び出し時にはシークレットがまだ存在しません</translation>
    </message>
    <message>
        <source>it does not act on one secret</source>
        <translation>1 つのシークレットに対するアクションではありません</translation>
    </message>
    <message>
        <source>it has no closing &quot;}&quot;</source>
        <translation>閉じる &quot;}&quot; がありません</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>変数名が空です</translation>
    </message>
    <message>
        <source>the variable name contains a space</source>
        <translation>変数名に空白が含まれています</translation>
    </message>
    <message>
        <source>the default value must be written , &apos;value&apos;</source>
        <translation>既定値は , &apos;value&apos; の形式で書く必要があります</translation>
    </message>
    <message>
        <source>condition keys</source>
        <translation>条件キー</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>the first five fields of an ARN</source>
        <translation>ARN の最初の 5 つのフィールド</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>%1 以外のすべてのアクション</translation>
    </message>
    <message>
        <source>Any principal</source>
        <translation>すべてのプリンシパル</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>Accounts %1</source>
        <translation>アカウント %1</translation>
    </message>
    <message>
        <source>(the secret&apos;s account is not known)</source>
        <translation>(シークレットのアカウントは不明)</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>a caller from an account that belongs to no organization, or a service principal</source>
        <translation>どの組織にも属さないアカウントからの呼び出し元、またはサービスプリンシパル</translation>
    </message>
    <message>
        <source>a call that does not come through a VPC endpoint</source>
        <translation>VPC エンドポイントを経由しない呼び出し</translation>
    </message>
    <message>
        <source>a call that comes through a VPC endpoint</source>
        <translation>VPC エンドポイントを経由する呼び出し</translation>
    </message>
    <message>
        <source>a call that no AWS service makes on behalf of a resource</source>
        <translation>AWS のサービスがリソースの代理として行うのではない呼び出し</translation>
    </message>
    <message>
        <source>a call signed with long-term access keys</source>
        <translation>長期のアクセスキーで署名された呼び出し</translation>
    </message>
    <message>
        <source>a caller without that tag</source>
        <translation>そのタグのない呼び出し元</translation>
    </message>
    <message>
        <source>a secret without that tag</source>
        <translation>そのタグのないシークレット</translation>
    </message>
    <message>
        <source>a request that sets no such tag</source>
        <translation>そのようなタグを設定しないリクエスト</translation>
    </message>
    <message>
        <source>a call that does not pass the parameter</source>
        <translation>パラメータを渡さない呼び出し</translation>
    </message>
    <message>
        <source>&quot;Null&quot; requires %1 to be absent, but &quot;%2&quot; requires it to be present</source>
        <translation>&quot;Null&quot; は %1 がないことを要求しますが、&quot;%2&quot; は存在することを要求します</translation>
    </message>
    <message>
        <source>%1 cannot equal both %2 and %3</source>
        <translation>%1 が %2 と %3 の両方に等しくなることはありません</translation>
    </message>
    <message>
        <source>&quot;StringNotEquals&quot; excludes every value that &quot;StringEquals&quot; allows for %1</source>
        <translation>&quot;StringNotEquals&quot; は、&quot;StringEquals&quot; が %1 に許可するすべての値を除外します</translation>
    </message>
    <message>
        <source>no value of %1 is both %2 %3 and %4 %5</source>
        <translation>%1 が %2 %3 と %4 %5 を同時に満たす値はありません</translation>
    </message>
    <message>
        <source>%1 cannot be both &quot;true&quot; and &quot;false&quot;</source>
        <translation>%1 が &quot;true&quot; と &quot;false&quot; の両方になることはありません</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>テキストが途中で終わっています</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>テキストが空です</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>expected `,` or `]` after an array element</source>
        <translation>配列の要素の後には `,` または `]` が必要です</translation>
    </message>
    <message>
        <source>expected `,` or `}` after a property value</source>
        <translation>プロパティ値の後には `,` または `}` が必要です</translation>
    </message>
    <message>
        <source>trailing characters after the JSON value</source>
        <translation>JSON の値の後に余分な文字があります</translation>
    </message>
    <message>
        <source>expected a property name</source>
        <translation>プロパティ名が必要です</translation>
    </message>
    <message>
        <source>expected `:` after a property name</source>
        <translation>プロパティ名の後には `:` が必要です</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>unescaped line break in a string</source>
        <translation>文字列内にエスケープされていない改行があります</translation>
    </message>
    <message>
        <source>unescaped tab in a string</source>
        <translation>文字列内にエスケープされていないタブがあります</translation>
    </message>
    <message>
        <source>unescaped control character %1 in a string</source>
        <translation>文字列内にエスケープされていない制御文字 %1 があります</translation>
    </message>
    <message>
        <source>invalid escape: `\` followed by %1</source>
        <translation>無効なエスケープ: `\` の後に %1 があります</translation>
    </message>
    <message>
        <source>invalid escape `%1`</source>
        <translation>無効なエスケープ `%1`</translation>
    </message>
    <message>
        <source>unpaired surrogate `%1`</source>
        <translation>対になっていないサロゲート `%1`</translation>
    </message>
    <message>
        <source>expected 4 hex digits after `\u`</source>
        <translation>`\u` の後には 16 進数 4 桁が必要です</translation>
    </message>
    <message>
        <source>expected a digit after `-`</source>
        <translation>`-` の後には数字が必要です</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>先頭のゼロは使えません</translation>
    </message>
    <message>
        <source>expected a digit after `.`</source>
        <translation>`.` の後には数字が必要です</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>指数部には数字が必要です</translation>
    </message>
    <message>
        <source>invalid literal `%1`</source>
        <translation>無効なリテラル `%1`</translation>
    </message>
    <message>
        <source>text larger than %1 bytes</source>
        <translation>テキストが %1 バイトを超えています</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte %1</source>
        <translation>無効な UTF-8 バイト %1</translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence</source>
        <translation>途中で切れた UTF-8 シーケンス</translation>
    </message>
    <message>
        <source>overlong UTF-8 sequence</source>
        <translation>冗長な UTF-8 シーケンス</translation>
    </message>
    <message>
        <source>surrogate code point encoded in UTF-8</source>
        <translation>UTF-8 でエンコードされたサロゲートのコードポイント</translation>
    </message>
    <message>
        <source>code point above U+10FFFF</source>
        <translation>U+10FFFF を超えるコードポイント</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>無効な UTF-8</translation>
    </message>
</context>
<context>
    <name>SimulationText</name>
    <message>
        <source>a principal in account %1</source>
        <translation>アカウント %1 のプリンシパル</translation>
    </message>
    <message>
        <source>another principal in the secret&apos;s account</source>
        <translation>シークレットのアカウントの別のプリンシパル</translation>
    </message>
    <message>
        <source>a principal in another account</source>
        <translation>別のアカウントのプリンシパル</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>the resource %1 has no six-character suffix: a secret&apos;s ARN ends in a hyphen and six random characters</source>
        <translation>リソース %1 には 6 文字のサフィックスがありません。シークレットの ARN はハイフンとランダムな 6 文字で終わります</translation>
    </message>
    <message>
        <source>Secrets Manager sees federated callers as assumed-role sessions: evaluate the session ARN instead</source>
        <translation>Secrets Manager はフェデレーションの呼び出し元を引き受けたロールのセッションとして扱います。代わりにセッションの ARN で評価してください</translation>
    </message>
    <message>
        <source>cross-account access to the secret value also needs kms:Decrypt (and for writes kms:GenerateDataKey) on the secret&apos;s KMS key; the AWS managed key aws/secretsmanager cannot be used from another account</source>
        <translation>シークレットの値へのクロスアカウントアクセスには、シークレットの KMS キーに対する kms:Decrypt (書き込みには kms:GenerateDataKey も) が必要です。AWS マネージドキー aws/secretsmanager は別のアカウントからは使えません</translation>
    </message>
    <message>
        <source>identityPolicies not given: assumed to hold no Deny that applies</source>
        <translation>identityPolicies が指定されていません: 該当する Deny はないものとみなします</translation>
    </message>
    <message>
        <source>context key %1 is ignored: secretsmanager:%2 never supplies it</source>
        <translation>コンテキストキー %1 は無視されます: secretsmanager:%2 はこのキーを渡しません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the saved file</source>
        <translation>保存済みのファイル</translation>
    </message>
    <message>
        <source>Edit, lint and simulate AWS Secrets Manager resource policies.</source>
        <translation>AWS Secrets Manager のリソースポリシーを編集、検査、シミュレーションします。</translation>
    </message>
    <message>
        <source>The policy to open.</source>
        <translation>開くポリシー。</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to PATH and exit.</source>
        <translation>ウィンドウのスクリーンショットを PATH に保存して終了します。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を開けません: %2</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>ポリシーを開く</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (en, de, ja) for this run instead of the preferred language.</source>
        <translation>今回だけ、設定した言語の代わりに CODE (en、de、ja) でユーザーインターフェイスを表示します。</translation>
    </message>
    <message>
        <source>What the screenshot shows: editor, invalid, tree-edit, simulation, simulation-actions, why, changes or scenarios.</source>
        <translation>スクリーンショットの内容: editor、invalid、tree-edit、simulation、simulation-actions、why、changes、scenarios のいずれか。</translation>
    </message>
    <message>
        <source>The ARN of the secret the policy is attached to.</source>
        <translation>ポリシーがアタッチされているシークレットの ARN。</translation>
    </message>
</context>
<context>
    <name>model::AccessDiffModel</name>
    <message>
        <source>%1 gained, %2 removed, %3 unchanged</source>
        <translation>追加 %1、削除 %2、変更なし %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(任意)</translation>
    </message>
    <message>
        <source>no stage named</source>
        <translation>ステージ指定なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
</context>
<context>
    <name>model::AccessMatrixModel</name>
    <message>
        <source>named in a Principal or NotPrincipal element</source>
        <translation>Principal または NotPrincipal 要素で指定</translation>
    </message>
    <message>
        <source>a session of a role the policy names</source>
        <translation>ポリシーが指定するロールのセッション</translation>
    </message>
    <message>
        <source>named in a principal condition</source>
        <translation>プリンシパルの条件で指定</translation>
    </message>
    <message>
        <source>a principal of an account the policy names</source>
        <translation>ポリシーが指定するアカウントのプリンシパル</translation>
    </message>
    <message>
        <source>another principal in the secret&apos;s account</source>
        <translation>シークレットのアカウント内の別のプリンシパル</translation>
    </message>
    <message>
        <source>a principal in an account the policy does not name</source>
        <translation>ポリシーが指定していないアカウントのプリンシパル</translation>
    </message>
    <message>
        <source>an unsigned caller</source>
        <translation>署名のない呼び出し元</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>ユーザーが追加</translation>
    </message>
    <message>
        <source>public</source>
        <translation>パブリック</translation>
    </message>
    <message>
        <source>cross-account</source>
        <translation>クロスアカウント</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>same account</source>
        <translation>同一アカウント</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Denied (explicit)</source>
        <translation>拒否 (明示的)</translation>
    </message>
    <message>
        <source>Denied (implicit)</source>
        <translation>拒否 (暗黙的)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 · policy: %2</source>
        <translation>%1 · ポリシー: %2</translation>
    </message>
    <message>
        <source>no stage named</source>
        <translation>ステージ指定なし</translation>
    </message>
    <message>
        <source>The caller names the version stage %1</source>
        <translation>呼び出し元がバージョンステージ %1 を指定</translation>
    </message>
    <message>
        <source>The default call: no secretsmanager:VersionStage is sent, and AWS returns AWSCURRENT</source>
        <translation>既定の呼び出し: secretsmanager:VersionStage は送信されず、AWS は AWSCURRENT を返します</translation>
    </message>
    <message>
        <source>%1
Why listed: %2
Reach: %3</source>
        <translation>%1
表示理由: %2
範囲: %3</translation>
    </message>
</context>
<context>
    <name>model::PolicyConversions</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>ファイルが有効な JSON ではありません (%1)。</translation>
    </message>
    <message>
        <source>The file holds no JSON object.</source>
        <translation>ファイルに JSON オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The file has no &quot;ResourcePolicy&quot; field: it does not look like the output of &quot;aws secretsmanager get-resource-policy&quot;.</source>
        <translation>ファイルに &quot;ResourcePolicy&quot; フィールドがありません。&quot;aws secretsmanager get-resource-policy&quot; の出力ではないようです。</translation>
    </message>
    <message>
        <source>&quot;ResourcePolicy&quot; is not a string.</source>
        <translation>&quot;ResourcePolicy&quot; が文字列ではありません。</translation>
    </message>
</context>
<context>
    <name>model::PolicyDocument</name>
    <message>
        <source>The document has no file name yet.</source>
        <translation>ドキュメントにはまだファイル名がありません。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>model::PolicyTemplates</name>
    <message>
        <source>&amp;Blank Policy</source>
        <translation>空のポリシー(&amp;B)</translation>
    </message>
    <message>
        <source>One statement granting GetSecretValue to an account, to edit.</source>
        <translation>アカウントに GetSecretValue を許可するステートメント 1 つ (編集用)。</translation>
    </message>
    <message>
        <source>&amp;EC2 Role, Current Version Only</source>
        <translation>EC2 ロール、現在のバージョンのみ(&amp;E)</translation>
    </message>
    <message>
        <source>User guide example: a role may read only the AWSCURRENT version.</source>
        <translation>ユーザーガイドの例: ロールは AWSCURRENT バージョンだけを読み取れます。</translation>
    </message>
    <message>
        <source>&amp;Cross-Account User</source>
        <translation>クロスアカウントのユーザー(&amp;C)</translation>
    </message>
    <message>
        <source>User guide example: a user in another account may read the secret.</source>
        <translation>ユーザーガイドの例: 別のアカウントのユーザーがシークレットを読み取れます。</translation>
    </message>
    <message>
        <source>User With &amp;All Operations</source>
        <translation>すべての操作ができるユーザー(&amp;A)</translation>
    </message>
    <message>
        <source>User guide example: a user may call every Secrets Manager action.</source>
        <translation>ユーザーガイドの例: ユーザーは Secrets Manager のすべてのアクションを呼び出せます。</translation>
    </message>
    <message>
        <source>Deny Requests Without &amp;TLS</source>
        <translation>TLS なしのリクエストを拒否(&amp;T)</translation>
    </message>
    <message>
        <source>Denies every request that does not use HTTPS.</source>
        <translation>HTTPS を使わないリクエストをすべて拒否します。</translation>
    </message>
    <message>
        <source>&amp;Organization Perimeter</source>
        <translation>組織の境界(&amp;O)</translation>
    </message>
    <message>
        <source>Denies principals outside your AWS organization, except AWS services.</source>
        <translation>AWS のサービスを除き、AWS 組織外のプリンシパルを拒否します。</translation>
    </message>
    <message>
        <source>&amp;Service Principal With Source Account</source>
        <translation>送信元アカウント付きのサービスプリンシパル(&amp;S)</translation>
    </message>
    <message>
        <source>Lets an AWS service read the secret on behalf of your account only.</source>
        <translation>AWS のサービスが、自分のアカウントの代理としてだけシークレットを読み取れるようにします。</translation>
    </message>
</context>
<context>
    <name>model::PolicyTreeModel</name>
    <message>
        <source>Shown as written: the forms cannot edit this part</source>
        <translation>記述どおりに表示: この部分はフォームでは編集できません</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>ステートメント %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 の名前を変更</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>Add Statement</source>
        <translation>ステートメントを追加</translation>
    </message>
    <message>
        <source>Duplicate Statement</source>
        <translation>ステートメントを複製</translation>
    </message>
    <message>
        <source>Delete Statement</source>
        <translation>ステートメントを削除</translation>
    </message>
    <message>
        <source>Move Statement Up</source>
        <translation>ステートメントを上へ移動</translation>
    </message>
    <message>
        <source>Move Statement Down</source>
        <translation>ステートメントを下へ移動</translation>
    </message>
    <message>
        <source>Add Value to %1</source>
        <translation>%1 に値を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>model::ScenariosModel</name>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>1 identity policy</source>
        <translation>ID ベースのポリシー 1 件</translation>
    </message>
    <message>
        <source>%1 identity policies</source>
        <translation>ID ベースのポリシー %1 件</translation>
    </message>
    <message>
        <source>no context</source>
        <translation>コンテキストなし</translation>
    </message>
    <message>
        <source>%1 · policy: %2</source>
        <translation>%1 · ポリシー: %2</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>ポリシー: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>リクエストではありません</translation>
    </message>
    <message>
        <source>No scenarios: add cells from the matrix or load a scenario file</source>
        <translation>シナリオがありません: マトリクスのセルを追加するか、シナリオファイルを読み込んでください</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>成功 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失敗 %1</translation>
    </message>
    <message>
        <source>1 invalid line</source>
        <translation>無効な行 1</translation>
    </message>
    <message>
        <source>%1 invalid lines</source>
        <translation>無効な行 %1</translation>
    </message>
    <message>
        <source>%1 without expectations</source>
        <translation>期待値なし %1</translation>
    </message>
    <message>
        <source>%1 not run</source>
        <translation>未実行 %1</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>シナリオ 1 件</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>シナリオ %1 件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expect: %1</source>
        <translation>期待値: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Invalid line</source>
        <translation>無効な行</translation>
    </message>
    <message>
        <source>No expectation</source>
        <translation>期待値なし</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>プリンシパル: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>アクション: %1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>リソース: %1</translation>
    </message>
    <message>
        <source>Stale: the policy text does not parse; these are the last results</source>
        <translation>古い結果: ポリシーのテキストを解析できないため、前回の結果です</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source> · matched list</source>
        <translation> · 一致したステートメントの一覧</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Stage and context</source>
        <translation>ステージとコンテキスト</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実際</translation>
    </message>
</context>
<context>
    <name>views::CellDecision</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>views::ErrorBanner</name>
    <message>
        <source>&amp;Go to Error</source>
        <translation>エラーへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>The JSON is invalid: line %1, column %2: %3</source>
        <translation>JSON が無効です: %1 行、%2 列: %3</translation>
    </message>
</context>
<context>
    <name>views::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>置換後(&amp;P):</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>検索(&amp;N):</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>前へ(&amp;R)</translation>
    </message>
    <message>
        <source>N&amp;ext</source>
        <translation>次へ(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>検索バーを閉じる (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MainWindow</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; has unsaved changes. Save them first?</source>
        <translation>ポリシー &quot;%1&quot; には未保存の変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program. Reload it and lose your unsaved changes? (Undo brings them back.)</source>
        <translation>&quot;%1&quot; が別のプログラムによって変更されました。再読み込みして未保存の変更を破棄しますか? (元に戻すで復元できます。)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program. Reload it?</source>
        <translation>&quot;%1&quot; が別のプログラムによって変更されました。再読み込みしますか?</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Start a new policy</source>
        <translation>新しいポリシーを作成します</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import get-resource-policy Output...</source>
        <translation>get-resource-policy の出力をインポート(&amp;I)...</translation>
    </message>
    <message>
        <source>Open the policy inside the output of &quot;aws secretsmanager get-resource-policy&quot;</source>
        <translation>&quot;aws secretsmanager get-resource-policy&quot; の出力に含まれるポリシーを開きます</translation>
    </message>
    <message>
        <source>As &amp;Pretty JSON...</source>
        <translation>整形済み JSON として(&amp;P)...</translation>
    </message>
    <message>
        <source>As &amp;Minified JSON...</source>
        <translation>最小化した JSON として(&amp;M)...</translation>
    </message>
    <message>
        <source>As AWS &amp;CLI Command...</source>
        <translation>AWS CLI コマンドとして(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>置換(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Go to Error</source>
        <translation>エラーへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Secret &amp;ARN...</source>
        <translation>シークレット ARN(&amp;A)...</translation>
    </message>
    <message>
        <source>Set the ARN of the secret this policy belongs to, for the checks that need it</source>
        <translation>このポリシーが属するシークレットの ARN を設定します (ARN が必要なチェックのため)</translation>
    </message>
    <message>
        <source>&amp;About Secret Policy Studio</source>
        <translation>Secret Policy Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>ポリシー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>シミュレーション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (Undo reverts it)</source>
        <translation>%1 (元に戻すで取り消せます)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed from disk; saving writes it again.</source>
        <translation>&quot;%1&quot; はディスクから削除されました。保存すると再び書き込まれます。</translation>
    </message>
    <message>
        <source>%1[*] - Secret Policy Studio</source>
        <translation>%1[*] - Secret Policy Studio</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 文字</translation>
    </message>
    <message>
        <source>Secrets Manager accepts policies of up to %1 characters, whitespace included.</source>
        <translation>Secrets Manager が受け付けるポリシーは、空白を含めて最大 %1 文字です。</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>編集中...</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>有効な JSON</translation>
    </message>
    <message>
        <source>Invalid JSON</source>
        <translation>無効な JSON</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>%1 行、%2 列</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security warning(s)</source>
        <translation>
            <numerusform>セキュリティ警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>提案 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <source>About Secret Policy Studio</source>
        <translation>Secret Policy Studio について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Secret Policy Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edit, lint and simulate AWS Secrets Manager resource policies.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Secret Policy Studio&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;AWS Secrets Manager のリソースポリシーを編集、検査、シミュレーションします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>JSON policies (*.json);;All files (*)</source>
        <translation>JSON ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を保存しました</translation>
    </message>
    <message>
        <source>Imported the policy from &quot;%1&quot;</source>
        <translation>&quot;%1&quot; からポリシーをインポートしました</translation>
    </message>
    <message>
        <source>Imported the policy of %1</source>
        <translation>%1 のポリシーをインポートしました</translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation>ポリシーが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Secret ARN</source>
        <translation>シークレット ARN</translation>
    </message>
    <message>
        <source>ARN of the secret this policy belongs to (empty if unknown):</source>
        <translation>このポリシーが属するシークレットの ARN (不明な場合は空欄):</translation>
    </message>
    <message>
        <source>Restored unsaved changes; Undo shows the file as saved.</source>
        <translation>未保存の変更を復元しました。元に戻すと保存時の状態に戻ります。</translation>
    </message>
    <message>
        <source>an untitled policy</source>
        <translation>無題のポリシー</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>未保存の作業を復元</translation>
    </message>
    <message>
        <source>Secret Policy Studio was closed with unsaved changes to %1 (saved for recovery on %2). Restore them?</source>
        <translation>Secret Policy Studio は %1 に未保存の変更があるまま終了しました (%2 に復元用に保存済み)。復元しますか?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>ポリシーを開く</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を開けません: %2</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>ポリシーを保存</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を保存できません: %2</translation>
    </message>
    <message>
        <source>Save Policy As</source>
        <translation>名前を付けてポリシーを保存</translation>
    </message>
    <message>
        <source>Import get-resource-policy Output</source>
        <translation>get-resource-policy の出力をインポート</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Policy</source>
        <translation>ポリシーをインポート</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; をインポートできません: %2</translation>
    </message>
    <message>
        <source>Export as Pretty JSON</source>
        <translation>整形済み JSON としてエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; をエクスポートできません: %2</translation>
    </message>
    <message>
        <source>Export as Minified JSON</source>
        <translation>最小化した JSON としてエクスポート</translation>
    </message>
    <message>
        <source>Export as AWS CLI Command</source>
        <translation>AWS CLI コマンドとしてエクスポート</translation>
    </message>
    <message>
        <source>&amp;Secret ID or ARN:</source>
        <translation>シークレット ID または ARN(&amp;S):</translation>
    </message>
    <message>
        <source>AWS CLI Command</source>
        <translation>AWS CLI コマンド</translation>
    </message>
    <message>
        <source>Save the policy as policy.json, then run:</source>
        <translation>ポリシーを policy.json として保存してから、次を実行します:</translation>
    </message>
    <message>
        <source>Uploads the saved file; save your changes first. Run:</source>
        <translation>保存済みのファイルをアップロードします。先に変更を保存してください。実行するコマンド:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk; kept your version.</source>
        <translation>ディスク上の &quot;%1&quot; が変更されました。編集中の内容を残しました。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Cannot reload &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を再読み込みできません: %2</translation>
    </message>
    <message>
        <source>The scenarios of &quot;%1&quot; have unsaved changes. Save them with the policy?</source>
        <translation>&quot;%1&quot; のシナリオには未保存の変更があります。ポリシーと一緒に保存しますか?</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>シナリオ(&amp;C)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Add to Scenarios</source>
        <translation>シナリオに追加</translation>
    </message>
    <message>
        <source>Added to Scenarios: %1</source>
        <translation>シナリオに追加しました: %1</translation>
    </message>
    <message>
        <source>Save Scenarios</source>
        <translation>シナリオを保存</translation>
    </message>
</context>
<context>
    <name>views::PolicyItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <comment>simulation mark, element</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>views::PolicyTreeView</name>
    <message>
        <source>Add &amp;Statement</source>
        <translation>ステートメントを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Add a statement at the end of the policy</source>
        <translation>ポリシーの末尾にステートメントを追加します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Insert</source>
        <translation>Ctrl+Shift+Insert</translation>
    </message>
    <message>
        <source>D&amp;uplicate Statement</source>
        <translation>ステートメントを複製(&amp;U)</translation>
    </message>
    <message>
        <source>Insert a copy of the statement after it</source>
        <translation>ステートメントのコピーを直後に挿入します</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Statement</source>
        <translation>ステートメントを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>ステートメントを削除します</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move Statement &amp;Up</source>
        <translation>ステートメントを上へ移動(&amp;U)</translation>
    </message>
    <message>
        <source>Swap the statement with the one above</source>
        <translation>ステートメントを 1 つ上と入れ替えます</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move Statement Dow&amp;n</source>
        <translation>ステートメントを下へ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Swap the statement with the one below</source>
        <translation>ステートメントを 1 つ下と入れ替えます</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>値を追加(&amp;V)</translation>
    </message>
    <message>
        <source>Add a value to the element</source>
        <translation>要素に値を追加します</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the value or element</source>
        <translation>値または要素を削除します</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>条件を追加(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a condition to the statement</source>
        <translation>ステートメントに条件を追加します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>演算子(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Add Statement</source>
        <comment>toolbar</comment>
        <translation>ステートメントを追加</translation>
    </message>
    <message>
        <source>Duplicate Statement</source>
        <comment>toolbar</comment>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete Statement</source>
        <comment>toolbar</comment>
        <translation>ステートメントを削除</translation>
    </message>
    <message>
        <source>Move Statement Up</source>
        <comment>toolbar</comment>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move Statement Down</source>
        <comment>toolbar</comment>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Add Value</source>
        <comment>toolbar</comment>
        <translation>値を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add Condition…</source>
        <comment>toolbar</comment>
        <translation>条件を追加…</translation>
    </message>
</context>
<context>
    <name>views::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>行:列</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>セキュリティ警告</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
</context>
<context>
    <name>views::ScenariosPanel</name>
    <message>
        <source>Scenarios (*.jsonl);;All files (*)</source>
        <translation>シナリオ (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Scenario results</source>
        <translation>シナリオの結果</translation>
    </message>
    <message>
        <source>Stale: the text does not parse; showing the last results</source>
        <translation>古い結果: テキストを解析できないため、前回の結果を表示しています</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>失敗のみ(&amp;F)</translation>
    </message>
    <message>
        <source>Show only failed scenarios and invalid lines</source>
        <translation>失敗したシナリオと無効な行だけを表示します</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>読み込み(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a scenario file (JSON Lines)</source>
        <translation>シナリオファイル (JSON Lines) を開きます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the scenarios next to the policy</source>
        <translation>シナリオをポリシーと同じ場所に保存します</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>ステージ %1</translation>
    </message>
    <message>
        <source>Unknown · policy: Denied (implicit)</source>
        <translation>不明 · ポリシー: 拒否 (暗黙的)</translation>
    </message>
    <message>
        <source>Scenario explanation</source>
        <translation>シナリオの説明</translation>
    </message>
    <message>
        <source>Select a scenario to see why it passed or failed</source>
        <translation>シナリオを選択すると、成功または失敗の理由が表示されます</translation>
    </message>
    <message>
        <source>&amp;Go to Statement</source>
        <translation>ステートメントへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Select the statement that decided the scenario in the text</source>
        <translation>シナリオを決定したステートメントをテキスト内で選択します</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>シナリオを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Load Scenarios</source>
        <translation>シナリオを読み込む</translation>
    </message>
    <message>
        <source>Save the policy first, or choose a file with Save As…</source>
        <translation>先にポリシーを保存するか、「名前を付けて保存」でファイルを選んでください</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (未保存)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行: %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>リソース: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>期待値: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>実際: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>#%1 %2 (Sid %3)</source>
        <translation>#%1 %2 (Sid %3)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Matched statements: none</source>
        <translation>一致したステートメント: なし</translation>
    </message>
    <message>
        <source>Matched statements: %1</source>
        <translation>一致したステートメント: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Line as saved:</source>
        <translation>保存されている行:</translation>
    </message>
    <message>
        <source>Not Checked</source>
        <translation>確認しない</translation>
    </message>
    <message>
        <source>&amp;Expect the Current Result</source>
        <translation>現在の結果を期待値にする(&amp;E)</translation>
    </message>
    <message>
        <source>Expected &amp;Effective Decision</source>
        <translation>期待する実際の判定(&amp;E)</translation>
    </message>
    <message>
        <source>Expected &amp;Policy Decision</source>
        <translation>期待するポリシーの判定(&amp;P)</translation>
    </message>
    <message>
        <source>The scenarios have unsaved changes. Discard them?</source>
        <translation>シナリオには未保存の変更があります。破棄しますか?</translation>
    </message>
    <message>
        <source>Save Scenarios</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <source>Save Scenarios As</source>
        <translation>名前を付けてシナリオを保存</translation>
    </message>
    <message>
        <source>E&amp;xpect Current Result</source>
        <translation>現在の結果を期待値に(&amp;X)</translation>
    </message>
    <message>
        <source>Make the policy&apos;s current answer the expected one (the context menu sets each expected decision by hand)</source>
        <translation>ポリシーの現在の結果を期待値にします (コンテキストメニューでは期待する判定を個別に設定できます)</translation>
    </message>
    <message>
        <source>Remove the selected scenario (Delete)</source>
        <translation>選択したシナリオを削除します (Delete)</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>シナリオを削除</translation>
    </message>
</context>
<context>
    <name>views::SimulationPanel</name>
    <message>
        <source>Stale: the text does not parse; showing the last results</source>
        <translation>古い結果: テキストを解析できないため、前回の結果を表示しています</translation>
    </message>
    <message>
        <source>E&amp;xport Matrix…</source>
        <translation>マトリクスをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the matrix as CSV, Markdown or HTML</source>
        <translation>マトリクスを CSV、Markdown、HTML で保存します</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>比較(&amp;C)…</translation>
    </message>
    <message>
        <source>Show which access the current text gains or loses against another policy</source>
        <translation>現在のテキストが別のポリシーと比べてどのアクセスを得るか、失うかを表示します</translation>
    </message>
    <message>
        <source>The &amp;Saved File</source>
        <translation>保存済みのファイル(&amp;S)</translation>
    </message>
    <message>
        <source>Another &amp;Policy File…</source>
        <translation>別のポリシーファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>A Pasted P&amp;olicy…</source>
        <translation>貼り付けたポリシー(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>比較を終了(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Principal…</source>
        <translation>プリンシパルを追加(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a row for a principal of your own, with its identity policies</source>
        <translation>独自のプリンシパルの行を、その ID ベースのポリシーとともに追加します</translation>
    </message>
    <message>
        <source>Unknown · policy:</source>
        <translation>不明 · ポリシー:</translation>
    </message>
    <message>
        <source>Select a cell to see why</source>
        <translation>セルを選択すると理由が表示されます</translation>
    </message>
    <message>
        <source>Note: only this secret policy and the identity policies you give are evaluated: service control policies, permissions boundaries, session policies and KMS key policies are not modelled (evaluation.md §4.5).</source>
        <translation>注: 評価するのは、このシークレットポリシーと指定された ID ベースのポリシーだけです。サービスコントロールポリシー、アクセス許可の境界、セッションポリシー、KMS キーポリシーはモデル化していません (evaluation.md §4.5)。</translation>
    </message>
    <message>
        <source>Not comparing: use Compare with… to see what a change to the policy does to access</source>
        <translation>比較していません: ポリシーの変更がアクセスにどう影響するかは「比較」で確認できます</translation>
    </message>
    <message>
        <source>Expor&amp;t Changes…</source>
        <translation>変更をエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the change report as CSV, Markdown or HTML</source>
        <translation>変更レポートを CSV、Markdown、HTML で保存します</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>マトリクス</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Unknown report format for %1: use .csv, .md or .html</source>
        <translation>%1 のレポート形式が不明です: .csv、.md、.html を使ってください</translation>
    </message>
    <message>
        <source>There is no matrix to export: the text has never parsed</source>
        <translation>エクスポートするマトリクスがありません: テキストが一度も解析できていません</translation>
    </message>
    <message>
        <source>There is no change report: compare with another policy first</source>
        <translation>変更レポートがありません: 先に別のポリシーと比較してください</translation>
    </message>
    <message>
        <source>%1 is not a valid policy</source>
        <translation>%1 は有効なポリシーではありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>%1 と比較: %2</translation>
    </message>
    <message>
        <source> (stale: the text does not parse)</source>
        <translation> (古い結果: テキストを解析できません)</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>マトリクスをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md);;HTML (*.html)</source>
        <translation>CSV (*.csv);;Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>変更をエクスポート</translation>
    </message>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation>ドキュメントはまだファイルに保存されていません。</translation>
    </message>
    <message>
        <source>the saved file %1</source>
        <translation>保存済みのファイル %1</translation>
    </message>
    <message>
        <source>Compare with the Saved File</source>
        <translation>保存済みのファイルと比較</translation>
    </message>
    <message>
        <source>Add Principal</source>
        <translation>プリンシパルを追加</translation>
    </message>
    <message>
        <source>arn:aws:iam::444455556666:role/Reader</source>
        <translation>arn:aws:iam::444455556666:role/Reader</translation>
    </message>
    <message>
        <source>Optional: the principal&apos;s identity policy as JSON. Without it, answers that depend on it are Unknown.</source>
        <translation>省略可: プリンシパルの ID ベースのポリシー (JSON)。指定しない場合、それに依存する結果は「不明」になります。</translation>
    </message>
    <message>
        <source>&amp;Principal:</source>
        <translation>プリンシパル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Identity policy:</source>
        <translation>ID ベースのポリシー(&amp;I):</translation>
    </message>
    <message>
        <source>Compare with a Pasted Policy</source>
        <translation>貼り付けたポリシーと比較</translation>
    </message>
    <message>
        <source>The policy to compare with (JSON):</source>
        <translation>比較するポリシー (JSON):</translation>
    </message>
    <message>
        <source>the pasted policy</source>
        <translation>貼り付けたポリシー</translation>
    </message>
    <message>
        <source>Compare with a Policy File</source>
        <translation>ポリシーファイルと比較</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Secret: %1 (an example ARN; set the real one with Policy &gt; Secret ARN...)</source>
        <translation>シークレット: %1 (例の ARN です。実際の ARN は [ポリシー] &gt; [シークレット ARN...] で設定します)</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>シークレット: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Effective decision: %1</source>
        <translation>実際の判定: %1</translation>
    </message>
    <message>
        <source>Secret policy&apos;s decision: %1</source>
        <translation>シークレットポリシーの判定: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Matched statements: none</source>
        <translation>一致したステートメント: なし</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>#%1 %2 (Sid %3)</source>
        <translation>#%1 %2 (Sid %3)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Matched statements: %1</source>
        <translation>一致したステートメント: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Request (for secret-policy eval):</source>
        <translation>リクエスト (secret-policy eval 用):</translation>
    </message>
    <message>
        <source>Add to &amp;Scenarios</source>
        <translation>シナリオに追加(&amp;S)</translation>
    </message>
    <message>
        <source>Save the selected cell&apos;s request as a scenario that expects its current answer</source>
        <translation>選択したセルのリクエストを、現在の結果を期待値とするシナリオとして保存します</translation>
    </message>
    <message>
        <source>The actions shown: one table each</source>
        <translation>表示するアクション (アクションごとに 1 つの表)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>アクション(&amp;A):</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>A larger matrix is being computed; the last one stays shown meanwhile</source>
        <translation>大きなマトリクスを計算中です。完了するまで前回のマトリクスを表示しています</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>アクション %1 件</translation>
    </message>
    <message>
        <source>Access matrix for %1</source>
        <translation>%1 のアクセスマトリクス</translation>
    </message>
</context>
<context>
    <name>views::WhyView</name>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>the principal is named</source>
        <translation>プリンシパルが指定されています</translation>
    </message>
    <message>
        <source>the principal matches a wildcard</source>
        <translation>プリンシパルがワイルドカードに一致します</translation>
    </message>
    <message>
        <source>the principal&apos;s account is named</source>
        <translation>プリンシパルのアカウントが指定されています</translation>
    </message>
    <message>
        <source>Statement %1 (Sid %2)</source>
        <translation>ステートメント %1 (Sid %2)</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>ステートメント %1</translation>
    </message>
    <message>
        <source>Why: matched and failing statements</source>
        <translation>理由: 一致したステートメントと一致しなかったステートメント</translation>
    </message>
    <message>
        <source>Click a line, or press Enter on it, to go to its text</source>
        <translation>行をクリックするか Enter キーを押すと、そのテキストに移動します</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>✓ %1 matched (%2): %3</source>
        <translation>✓ %1 が一致 (%2): %3</translation>
    </message>
    <message>
        <source>%1 matched (%2): %3</source>
        <translation>%1 が一致 (%2): %3</translation>
    </message>
    <message>
        <source>✓ matched (%1)</source>
        <translation>✓ 一致 (%1)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ 不一致</translation>
    </message>
    <message>
        <source>✗ fails here</source>
        <translation>✗ ここで不一致</translation>
    </message>
</context>
</TS>
