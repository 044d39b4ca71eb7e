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
    <name>ExplainText</name>
    <message>
        <source>identity policies alone decide, and they were not given</source>
        <translation>ID ベースのポリシーだけで判定されるが、指定されていない</translation>
    </message>
    <message>
        <source>identity policies alone decide</source>
        <translation>ID ベースのポリシーだけで判定</translation>
    </message>
    <message>
        <source>an explicit deny in the secret policy wins</source>
        <translation>シークレットポリシーの明示的な拒否が優先</translation>
    </message>
    <message>
        <source>an identity policy denies</source>
        <translation>ID ベースのポリシーが拒否</translation>
    </message>
    <message>
        <source>anonymous: Secrets Manager accepts only signed requests</source>
        <translation>匿名: Secrets Manager は署名付きリクエストしか受け付けない</translation>
    </message>
    <message>
        <source>federated and canonical-user callers never reach Secrets Manager as such</source>
        <translation>フェデレーションや正規ユーザーの呼び出し元がそのまま Secrets Manager に届くことはない</translation>
    </message>
    <message>
        <source>service principal: the secret policy alone decides</source>
        <translation>サービスプリンシパル: シークレットポリシーだけで判定</translation>
    </message>
    <message>
        <source>root user of the owner account</source>
        <translation>所有者アカウントのルートユーザー</translation>
    </message>
    <message>
        <source>root user of another account: the secret policy&apos;s allow suffices</source>
        <translation>別のアカウントのルートユーザー: シークレットポリシーの許可で十分</translation>
    </message>
    <message>
        <source>root user of another account: the secret policy must allow</source>
        <translation>別のアカウントのルートユーザー: シークレットポリシーでの許可が必要</translation>
    </message>
    <message>
        <source>same account: the secret policy&apos;s grant suffices</source>
        <translation>同じアカウント: シークレットポリシーの許可で十分</translation>
    </message>
    <message>
        <source>same account: the account entry delegates to identity policies</source>
        <translation>同じアカウント: アカウントのエントリは ID ベースのポリシーに委任</translation>
    </message>
    <message>
        <source>same account: identity policies decide</source>
        <translation>同じアカウント: ID ベースのポリシーで判定</translation>
    </message>
    <message>
        <source>cross-account: the secret policy must allow</source>
        <translation>クロスアカウント: シークレットポリシーでの許可が必要</translation>
    </message>
    <message>
        <source>cross-account: identity policies must also allow</source>
        <translation>クロスアカウント: ID ベースのポリシーでの許可も必要</translation>
    </message>
    <message>
        <source>the policy has no statements</source>
        <translation>ポリシーにステートメントがない</translation>
    </message>
    <message>
        <source>not consulted: the action takes no resource</source>
        <translation>参照されない: アクションがリソースを対象としない</translation>
    </message>
    <message>
        <source>statement has no principal</source>
        <translation>ステートメントにプリンシパルがない</translation>
    </message>
    <message>
        <source>principal is excluded by NotPrincipal</source>
        <translation>プリンシパルが NotPrincipal で除外されている</translation>
    </message>
    <message>
        <source>principal does not match</source>
        <translation>プリンシパルが一致しない</translation>
    </message>
    <message>
        <source>action is excluded by NotAction</source>
        <translation>アクションが NotAction で除外されている</translation>
    </message>
    <message>
        <source>action does not match</source>
        <translation>アクションが一致しない</translation>
    </message>
    <message>
        <source>resource is excluded by NotResource</source>
        <translation>リソースが NotResource で除外されている</translation>
    </message>
    <message>
        <source>resource does not match</source>
        <translation>リソースが一致しない</translation>
    </message>
    <message>
        <source>principal is not excluded by NotPrincipal</source>
        <translation>プリンシパルが NotPrincipal で除外されていない</translation>
    </message>
    <message>
        <source>principal matches</source>
        <translation>プリンシパルが一致</translation>
    </message>
    <message>
        <source>action is not excluded by NotAction</source>
        <translation>アクションが NotAction で除外されていない</translation>
    </message>
    <message>
        <source>action matches</source>
        <translation>アクションが一致</translation>
    </message>
    <message>
        <source>resource is not excluded by NotResource</source>
        <translation>リソースが NotResource で除外されていない</translation>
    </message>
    <message>
        <source>resource matches</source>
        <translation>リソースが一致</translation>
    </message>
    <message>
        <source>key is absent</source>
        <translation>キーが存在しない</translation>
    </message>
    <message>
        <source>key is present</source>
        <translation>キーが存在する</translation>
    </message>
    <message>
        <source>ForAnyValue:Null is always false</source>
        <translation>ForAnyValue:Null は常に false</translation>
    </message>
    <message>
        <source>multivalued key needs ForAnyValue or ForAllValues</source>
        <translation>複数値のキーには ForAnyValue か ForAllValues が必要</translation>
    </message>
    <message>
        <source>key has no values</source>
        <translation>キーに値がない</translation>
    </message>
    <message>
        <source>no value matches</source>
        <translation>一致する値がない</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>無効な値</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; does not match</source>
        <translation>値 &quot;%1&quot; が一致しない</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; matches a listed value</source>
        <translation>値 &quot;%1&quot; が列挙された値に一致</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; cannot be compared (invalid)</source>
        <translation>値 &quot;%1&quot; を比較できない (無効)</translation>
    </message>
    <message>
        <source>condition %1 %2: %3</source>
        <translation>条件 %1 %2: %3</translation>
    </message>
    <message>
        <source>condition %1 %2 holds</source>
        <translation>条件 %1 %2 が成立</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 takes no resource: the secret policy is not consulted</source>
        <translation>%1 はリソースを対象としない: シークレットポリシーは参照されない</translation>
    </message>
    <message>
        <source>Statement %1 allows: %2</source>
        <translation>ステートメント %1 が許可: %2</translation>
    </message>
    <message>
        <source>Statement %1 denies: %2</source>
        <translation>ステートメント %1 が拒否: %2</translation>
    </message>
    <message>
        <source>Statement %1 (%2): %3</source>
        <translation>ステートメント %1 (%2): %3</translation>
    </message>
    <message>
        <source>Statement %1: %2</source>
        <translation>ステートメント %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>。</translation>
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
        <translation>同じアカウントの他のプリンシパル</translation>
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
        <translation>指定されたロールのセッション</translation>
    </message>
    <message>
        <source>named in a principal condition</source>
        <translation>プリンシパルの条件で指定</translation>
    </message>
    <message>
        <source>a principal of an account the policy names</source>
        <translation>指定されたアカウントのプリンシパル</translation>
    </message>
    <message>
        <source>another principal in the secret&apos;s account</source>
        <translation>同じアカウントの他のプリンシパル</translation>
    </message>
    <message>
        <source>a principal in an account the policy does not name</source>
        <translation>指定外のアカウントのプリンシパル</translation>
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
    <message>
        <source>every version</source>
        <translation>すべてのバージョン</translation>
    </message>
    <message>
        <source>%1 sends no version stage: one answer for every version of the secret</source>
        <translation>%1 はバージョンステージを送信しません。シークレットのどのバージョンにも同じ答えです</translation>
    </message>
</context>
<context>
    <name>model::AwsCli</name>
    <message numerus="yes">
        <source>The aws command did not answer within %n second(s) and was stopped. Check the network, then try again.</source>
        <translation>
            <numerusform>aws コマンドが %n 秒以内に応答しなかったため停止しました。ネットワークを確認してから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the policy to a temporary file: %1</source>
        <translation>ポリシーを一時ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager %1&quot; is not the JSON expected.</source>
        <translation>&quot;aws secretsmanager %1&quot; の応答が想定した JSON ではありません。</translation>
    </message>
    <message>
        <source>The AWS CLI (the &quot;aws&quot; command) is not installed or not on PATH. Install it (Debian: apt install awscli), sign in with &quot;aws configure&quot; or &quot;aws sso login&quot;, then try again.</source>
        <translation>AWS CLI (&quot;aws&quot; コマンド) がインストールされていないか、PATH にありません。インストールし (Debian: apt install awscli)、&quot;aws configure&quot; または &quot;aws sso login&quot; でサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>No region: choose one, or give the profile one with &quot;aws configure&quot;.</source>
        <translation>リージョンがありません。リージョンを選ぶか、&quot;aws configure&quot; でプロファイルに設定してください。</translation>
    </message>
    <message>
        <source>The sign-in of AWS profile &quot;%1&quot; has expired. Sign in again (for SSO: aws sso login --profile %1), then try again.</source>
        <translation>AWS プロファイル &quot;%1&quot; のサインインの有効期限が切れました。もう一度サインインしてから (SSO の場合: aws sso login --profile %1)、再試行してください。</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot; is not signed in: %2 Sign in (aws sso login --profile %1, or aws configure --profile %1), then try again.</source>
        <translation>AWS プロファイル &quot;%1&quot; はサインインしていません: %2 サインインしてから (aws sso login --profile %1 または aws configure --profile %1)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The AWS config has no profile &quot;%1&quot;.</source>
        <translation>AWS の設定にプロファイル &quot;%1&quot; がありません。</translation>
    </message>
    <message>
        <source>AWS denied the request: %1</source>
        <translation>AWS がリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>AWS is limiting the rate of requests (%1). Wait a moment, then try again.</source>
        <translation>AWS がリクエストのレートを制限しています (%1)。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot reach AWS: %1 Check the network connection, a proxy or the region.</source>
        <translation>AWS に接続できません: %1 ネットワーク接続、プロキシ、リージョンを確認してください。</translation>
    </message>
    <message>
        <source>AWS cannot find the secret: %1</source>
        <translation>AWS がシークレットを見つけられません: %1</translation>
    </message>
    <message>
        <source>AWS refused the policy (%1): %2</source>
        <translation>AWS がポリシーを拒否しました (%1): %2</translation>
    </message>
    <message>
        <source>The aws command failed (exit status %1).</source>
        <translation>aws コマンドが失敗しました (終了ステータス %1)。</translation>
    </message>
    <message>
        <source>The aws command failed (exit status %1): %2</source>
        <translation>aws コマンドが失敗しました (終了ステータス %1): %2</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager list-secrets&quot; has no SecretList.</source>
        <translation>&quot;aws secretsmanager list-secrets&quot; の応答に SecretList がありません。</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager validate-resource-policy&quot; has no PolicyValidationPassed.</source>
        <translation>&quot;aws secretsmanager validate-resource-policy&quot; の応答に PolicyValidationPassed がありません。</translation>
    </message>
</context>
<context>
    <name>model::ContextKeysModel</name>
    <message>
        <source>&quot;%1&quot; is not a Bool value: type true or false</source>
        <translation>&quot;%1&quot; は Bool 値ではありません: true または false を入力してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, for example 30 or 2.5</source>
        <translation>&quot;%1&quot; は数値ではありません (例: 30、2.5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use ISO 8601, for example 2026-01-31T12:00:00Z, or seconds since 1970</source>
        <translation>&quot;%1&quot; は日付ではありません: ISO 8601 (例: 2026-01-31T12:00:00Z) か、1970 年からの秒数を使ってください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, for example 203.0.113.5 or 2001:db8::1</source>
        <translation>&quot;%1&quot; は IP アドレスではありません (例: 203.0.113.5、2001:db8::1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN (arn:partition:service:region:account:resource)</source>
        <translation>&quot;%1&quot; は ARN ではありません (arn:partition:service:region:account:resource)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64</source>
        <translation>&quot;%1&quot; は base64 ではありません</translation>
    </message>
    <message>
        <source>Type a value for %1, or clear it</source>
        <translation>%1 の値を入力するか、値を消去してください</translation>
    </message>
    <message>
        <source>A context key needs a name, for example aws:SourceIp</source>
        <translation>コンテキストキーには名前が必要です (例: aws:SourceIp)</translation>
    </message>
    <message>
        <source>%1 is set by each column of the matrix</source>
        <translation>%1 はマトリクスの各列で設定されます</translation>
    </message>
    <message>
        <source>%1 needs a tag name after the /, for example %1team</source>
        <translation>%1 には / の後にタグ名が必要です (例: %1team)</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>any text (not a known key)</source>
        <translation>任意のテキスト (既知のキーではありません)</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Bool</source>
        <translation>Bool</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Binary (base64)</source>
        <translation>バイナリ (base64)</translation>
    </message>
    <message>
        <source>%1, several values</source>
        <translation>%1、複数の値</translation>
    </message>
    <message>
        <source>a value; several values one per line</source>
        <translation>値。複数の値は 1 行に 1 つ</translation>
    </message>
    <message>
        <source>env, team</source>
        <translation>env, team</translation>
    </message>
    <message>
        <source>first, second</source>
        <translation>値 1, 値 2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>指定</translation>
    </message>
    <message>
        <source>Set by each column</source>
        <translation>各列で設定</translation>
    </message>
    <message>
        <source>Derived from the request</source>
        <translation>リクエストから導出</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Invalid value, not used</source>
        <translation>無効な値 (未使用)</translation>
    </message>
    <message>
        <source>%1: not used by the policy; sent with every request</source>
        <translation>%1: ポリシーでは使われていません。すべてのリクエストで送信されます</translation>
    </message>
    <message>
        <source>%1: named in a ${…} policy variable</source>
        <translation>%1: ${…} ポリシー変数で指定されています</translation>
    </message>
    <message>
        <source>%1: tested by a condition</source>
        <translation>%1: 条件でテストされています</translation>
    </message>
    <message>
        <source>Your value, in every request</source>
        <translation>入力した値 (すべてのリクエストで使用)</translation>
    </message>
    <message>
        <source>Each column of the matrix names its version stage</source>
        <translation>マトリクスの各列がそれぞれのバージョンステージを指定します</translation>
    </message>
    <message>
        <source>Derived from each request&apos;s principal and secret; set a value to override it</source>
        <translation>各リクエストのプリンシパルとシークレットから導出されます。上書きするには値を設定してください</translation>
    </message>
    <message>
        <source>Not in the requests: conditions see an absent key (…IfExists and Null test this)</source>
        <translation>リクエストに含まれません: 条件からはキーが存在しないように見えます (…IfExists と Null がこれをテストします)</translation>
    </message>
    <message>
        <source>(the column&apos;s stage)</source>
        <translation>(列のステージ)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>model::HelpTexts</name>
    <message>
        <source>Compares text exactly, case-sensitively; * and ? are ordinary characters here. Holds when the request value equals one of the listed values.</source>
        <translation>テキストを大文字と小文字を区別して完全一致で比較します。ここでは * と ? は普通の文字です。リクエストの値が列挙された値のいずれかと等しいときに成り立ちます。</translation>
    </message>
    <message>
        <source>Negated exact text comparison: holds when the request value equals none of the listed values, so several values act as AND.</source>
        <translation>完全一致のテキスト比較の否定: リクエストの値が列挙された値のどれとも等しくないときに成り立つため、複数の値は AND として働きます。</translation>
    </message>
    <message>
        <source>Compares text exactly after folding case on both sides. Holds when the request value equals one of the listed values.</source>
        <translation>両側の大文字と小文字をそろえてから、テキストを完全一致で比較します。リクエストの値が列挙された値のいずれかと等しいときに成り立ちます。</translation>
    </message>
    <message>
        <source>Negated comparison ignoring case: holds when the request value equals none of the listed values.</source>
        <translation>大文字と小文字を区別しない比較の否定: リクエストの値が列挙された値のどれとも等しくないときに成り立ちます。</translation>
    </message>
    <message>
        <source>Case-sensitive wildcard match over the whole value: * is any run of characters, ? exactly one. Holds when one listed pattern matches.</source>
        <translation>値全体に対する、大文字と小文字を区別するワイルドカード一致: * は任意の長さの文字列、? はちょうど 1 文字です。列挙されたパターンのいずれかが一致すると成り立ちます。</translation>
    </message>
    <message>
        <source>Negated wildcard match: holds when no listed pattern matches the request value.</source>
        <translation>ワイルドカード一致の否定: 列挙されたパターンがどれもリクエストの値に一致しないときに成り立ちます。</translation>
    </message>
    <message>
        <source>Compares numbers exactly (07 equals 7, 7.0 equals 7). A value that is not a number never matches.</source>
        <translation>数値を完全一致で比較します (07 は 7 と等しく、7.0 も 7 と等しい)。数値でない値は一致しません。</translation>
    </message>
    <message>
        <source>Negated numeric comparison: holds when the request number equals none of the listed numbers.</source>
        <translation>数値比較の否定: リクエストの数値が列挙された数値のどれとも等しくないときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request number is less than a listed number (request on the left).</source>
        <translation>リクエストの数値が列挙された数値より小さいときに成り立ちます (リクエストが左辺)。</translation>
    </message>
    <message>
        <source>Holds when the request number is less than or equal to a listed number.</source>
        <translation>リクエストの数値が列挙された数値以下のときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request number is greater than a listed number.</source>
        <translation>リクエストの数値が列挙された数値より大きいときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request number is greater than or equal to a listed number.</source>
        <translation>リクエストの数値が列挙された数値以上のときに成り立ちます。</translation>
    </message>
    <message>
        <source>Compares two instants: ISO 8601 dates and times, or epoch seconds. Holds when the request time equals a listed time.</source>
        <translation>2 つの時点を比較します: ISO 8601 の日付と時刻、またはエポック秒。リクエストの時刻が列挙された時刻と等しいときに成り立ちます。</translation>
    </message>
    <message>
        <source>Negated date comparison: holds when the request time equals none of the listed times.</source>
        <translation>日付比較の否定: リクエストの時刻が列挙された時刻のどれとも等しくないときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request time is before a listed time, for example aws:CurrentTime before an expiry date.</source>
        <translation>リクエストの時刻が列挙された時刻より前のときに成り立ちます (例: 有効期限より前の aws:CurrentTime)。</translation>
    </message>
    <message>
        <source>Holds when the request time is at or before a listed time.</source>
        <translation>リクエストの時刻が列挙された時刻と同じかそれより前のときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request time is after a listed time.</source>
        <translation>リクエストの時刻が列挙された時刻より後のときに成り立ちます。</translation>
    </message>
    <message>
        <source>Holds when the request time is at or after a listed time.</source>
        <translation>リクエストの時刻が列挙された時刻と同じかそれより後のときに成り立ちます。</translation>
    </message>
    <message>
        <source>Compares true or false. There is no negated Bool: compare with false, and use BoolIfExists when the key may be missing.</source>
        <translation>true または false を比較します。否定の Bool はありません。false と比較し、キーがない可能性がある場合は BoolIfExists を使ってください。</translation>
    </message>
    <message>
        <source>Compares bytes written as base64 on both sides. No Secrets Manager key is binary.</source>
        <translation>両側とも base64 で書かれたバイト列を比較します。Secrets Manager のキーにバイナリのものはありません。</translation>
    </message>
    <message>
        <source>Holds when the request address lies in a listed range (an IPv4 or IPv6 address with an optional /prefix). IPv4 never lies in an IPv6 range.</source>
        <translation>リクエストのアドレスが列挙された範囲 (省略可能な /プレフィックス付きの IPv4 または IPv6 アドレス) に含まれるときに成り立ちます。IPv4 が IPv6 の範囲に含まれることはありません。</translation>
    </message>
    <message>
        <source>Negated range test: holds when the request address lies in none of the listed ranges.</source>
        <translation>範囲テストの否定: リクエストのアドレスが列挙された範囲のどれにも含まれないときに成り立ちます。</translation>
    </message>
    <message>
        <source>Treats both sides as ARNs and matches each of the six fields separately, case-sensitively, with * and ? as wildcards. Same as ArnLike.</source>
        <translation>両側を ARN として扱い、6 つのフィールドをそれぞれ、大文字と小文字を区別し、* と ? をワイルドカードとして照合します。ArnLike と同じです。</translation>
    </message>
    <message>
        <source>Matches ARNs field by field with * and ? as wildcards; a wildcard cannot reach across a colon. Same as ArnEquals.</source>
        <translation>* と ? をワイルドカードとして、ARN をフィールドごとに照合します。ワイルドカードはコロンをまたぎません。ArnEquals と同じです。</translation>
    </message>
    <message>
        <source>Negated ARN match: holds when no listed ARN pattern matches. Same as ArnNotLike.</source>
        <translation>ARN 照合の否定: 列挙された ARN パターンがどれも一致しないときに成り立ちます。ArnNotLike と同じです。</translation>
    </message>
    <message>
        <source>Negated ARN match: holds when no listed ARN pattern matches. Same as ArnNotEquals.</source>
        <translation>ARN 照合の否定: 列挙された ARN パターンがどれも一致しないときに成り立ちます。ArnNotEquals と同じです。</translation>
    </message>
    <message>
        <source>Tests presence, not a value: &quot;true&quot; holds when the key is absent, &quot;false&quot; when it is present. Never takes IfExists.</source>
        <translation>値ではなく存在をテストします: &quot;true&quot; はキーがないとき、&quot;false&quot; はキーがあるときに成り立ちます。IfExists は付けられません。</translation>
    </message>
    <message>
        <source>Whether the session is a root session assumed through AWS Organizations.</source>
        <translation>セッションが AWS Organizations を通じて引き受けたルートセッションかどうか。</translation>
    </message>
    <message>
        <source>The services that used the caller&apos;s credentials to reach Secrets Manager, in order. Present only when a supporting service made the call.</source>
        <translation>呼び出し元の認証情報を使って Secrets Manager に到達したサービス (順番どおり)。対応するサービスが呼び出した場合にだけ存在します。</translation>
    </message>
    <message>
        <source>The AWS MCP server that made the call for the caller, when one did.</source>
        <translation>呼び出し元に代わって呼び出しを行った AWS MCP サーバー (ある場合)。</translation>
    </message>
    <message>
        <source>The first service in the aws:CalledVia chain.</source>
        <translation>aws:CalledVia チェーンの最初のサービス。</translation>
    </message>
    <message>
        <source>The last service in the aws:CalledVia chain.</source>
        <translation>aws:CalledVia チェーンの最後のサービス。</translation>
    </message>
    <message>
        <source>The chat channel configuration that started the session, for calls made through a chat application.</source>
        <translation>チャットアプリケーション経由の呼び出しで、セッションを開始したチャットチャネルの設定。</translation>
    </message>
    <message>
        <source>The time of the request. Always present; use it with Date operators for time windows.</source>
        <translation>リクエストの時刻。常に存在します。時間帯の指定には Date 演算子と組み合わせて使います。</translation>
    </message>
    <message>
        <source>The private address of the EC2 instance whose role credentials signed the request.</source>
        <translation>ロールの認証情報でリクエストに署名した EC2 インスタンスのプライベートアドレス。</translation>
    </message>
    <message>
        <source>The VPC of the EC2 instance whose role credentials signed the request.</source>
        <translation>ロールの認証情報でリクエストに署名した EC2 インスタンスの VPC。</translation>
    </message>
    <message>
        <source>The time of the request in seconds since 1970. Always present; Date and Numeric operators both work.</source>
        <translation>1970 年からの秒数で表したリクエストの時刻。常に存在します。Date 演算子も Numeric 演算子も使えます。</translation>
    </message>
    <message>
        <source>The identity provider that issued a web identity or SAML session.</source>
        <translation>Web ID または SAML のセッションを発行した ID プロバイダー。</translation>
    </message>
    <message>
        <source>Whether the action was called by an AWS MCP server.</source>
        <translation>アクションが AWS MCP サーバーから呼び出されたかどうか。</translation>
    </message>
    <message>
        <source>Seconds since the caller authenticated with MFA. Absent when MFA was not used.</source>
        <translation>呼び出し元が MFA で認証してからの秒数。MFA を使っていない場合は存在しません。</translation>
    </message>
    <message>
        <source>Whether temporary credentials were obtained with MFA. Absent for long-term access keys: use BoolIfExists.</source>
        <translation>一時的な認証情報が MFA を使って取得されたかどうか。長期のアクセスキーでは存在しないため、BoolIfExists を使ってください。</translation>
    </message>
    <message>
        <source>The account of the caller. Always present (&quot;anonymous&quot; for unsigned requests).</source>
        <translation>呼び出し元のアカウント。常に存在します (署名のないリクエストでは &quot;anonymous&quot;)。</translation>
    </message>
    <message>
        <source>The caller&apos;s ARN; for a role session it is the role&apos;s ARN, not the session&apos;s. The way to name families of principals with wildcards (ArnLike).</source>
        <translation>呼び出し元の ARN。ロールセッションではセッションではなくロールの ARN です。ワイルドカードでプリンシパルの集まりを指定するにはこれを使います (ArnLike)。</translation>
    </message>
    <message>
        <source>True only when a service principal calls directly.</source>
        <translation>サービスプリンシパルが直接呼び出す場合だけ true。</translation>
    </message>
    <message>
        <source>The organization (o-...) of the caller&apos;s account. Absent outside any organization and for service principals, which makes negated operators on it true.</source>
        <translation>呼び出し元のアカウントの組織 (o-...)。どの組織にも属さない場合とサービスプリンシパルでは存在しないため、このキーに対する否定の演算子は true になります。</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the caller&apos;s account.</source>
        <translation>呼び出し元のアカウントの組織単位 (OU) のパス。</translation>
    </message>
    <message>
        <source>The name of the service principal that calls, for example appflow.amazonaws.com.</source>
        <translation>呼び出すサービスプリンシパルの名前 (例: appflow.amazonaws.com)。</translation>
    </message>
    <message>
        <source>All names of the calling service principal.</source>
        <translation>呼び出すサービスプリンシパルのすべての名前。</translation>
    </message>
    <message>
        <source>The value of the named tag on the calling user, role or session. Absent when the caller has no such tag.</source>
        <translation>呼び出し元のユーザー、ロール、セッションに付いた、指定したタグの値。呼び出し元にそのタグがない場合は存在しません。</translation>
    </message>
    <message>
        <source>The kind of caller: Account (root user), User, FederatedUser, AssumedRole or Anonymous.</source>
        <translation>呼び出し元の種類: Account (ルートユーザー)、User、FederatedUser、AssumedRole、Anonymous。</translation>
    </message>
    <message>
        <source>The HTTP referer the client sent. Client-supplied: not for security decisions.</source>
        <translation>クライアントが送信した HTTP リファラー。クライアントが指定するため、セキュリティ上の判断には使わないでください。</translation>
    </message>
    <message>
        <source>The region the request was sent to. Always present.</source>
        <translation>リクエストの送信先リージョン。常に存在します。</translation>
    </message>
    <message>
        <source>The value of the named tag in the request (CreateSecret, TagResource). Absent when the request carries no such tag.</source>
        <translation>リクエスト (CreateSecret、TagResource) に含まれる、指定したタグの値。リクエストにそのタグがない場合は存在しません。</translation>
    </message>
    <message>
        <source>The account that owns the secret.</source>
        <translation>シークレットを所有するアカウント。</translation>
    </message>
    <message>
        <source>The organization of the account that owns the secret.</source>
        <translation>シークレットを所有するアカウントの組織。</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the account that owns the secret.</source>
        <translation>シークレットを所有するアカウントの組織単位 (OU) のパス。</translation>
    </message>
    <message>
        <source>The value of the named tag on the secret. Absent when the secret has no such tag.</source>
        <translation>シークレットに付いた、指定したタグの値。シークレットにそのタグがない場合は存在しません。</translation>
    </message>
    <message>
        <source>Whether the request came over TLS. Always true for Secrets Manager, which answers only over TLS.</source>
        <translation>リクエストが TLS 経由で届いたかどうか。Secrets Manager は TLS でしか応答しないため、常に true です。</translation>
    </message>
    <message>
        <source>The account of the resource on whose behalf a service calls. Protects service principals from the confused deputy.</source>
        <translation>サービスが代理で呼び出す対象のリソースのアカウント。サービスプリンシパルを「混乱した代理」問題から守ります。</translation>
    </message>
    <message>
        <source>The resource on whose behalf a service calls.</source>
        <translation>サービスが代理で呼び出す対象のリソース。</translation>
    </message>
    <message>
        <source>The source identity set when the role session was created.</source>
        <translation>ロールセッションの作成時に設定されたソース ID。</translation>
    </message>
    <message>
        <source>The caller&apos;s public address. Absent when the request comes through a VPC endpoint, and AWS addresses when a service calls for you.</source>
        <translation>呼び出し元のパブリックアドレス。リクエストが VPC エンドポイント経由の場合は存在せず、サービスが代理で呼び出す場合は AWS のアドレスになります。</translation>
    </message>
    <message>
        <source>The organization of the resource on whose behalf a service calls.</source>
        <translation>サービスが代理で呼び出す対象のリソースの組織。</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the resource on whose behalf a service calls.</source>
        <translation>サービスが代理で呼び出す対象のリソースの組織単位 (OU) のパス。</translation>
    </message>
    <message>
        <source>The owner account of the resource on whose behalf a service calls.</source>
        <translation>サービスが代理で呼び出す対象のリソースの所有者アカウント。</translation>
    </message>
    <message>
        <source>The VPC (vpc-...) of the endpoint the request came through. Absent without a VPC endpoint.</source>
        <translation>リクエストが経由したエンドポイントの VPC (vpc-...)。VPC エンドポイントを経由しない場合は存在しません。</translation>
    </message>
    <message>
        <source>The ARN of the VPC the request came through. Absent without a VPC endpoint.</source>
        <translation>リクエストが経由した VPC の ARN。VPC エンドポイントを経由しない場合は存在しません。</translation>
    </message>
    <message>
        <source>The VPC endpoint (vpce-...) the request came through. Absent without one; services calling for you do not use your endpoint.</source>
        <translation>リクエストが経由した VPC エンドポイント (vpce-...)。経由しない場合は存在しません。代理で呼び出すサービスは、あなたのエンドポイントを使いません。</translation>
    </message>
    <message>
        <source>The tag keys in the request. Absent when the request has no tags, so ForAllValues on it is then true.</source>
        <translation>リクエストに含まれるタグキー。リクエストにタグがない場合は存在しないため、このキーに対する ForAllValues は true になります。</translation>
    </message>
    <message>
        <source>When the temporary credentials were issued. Absent for long-term keys.</source>
        <translation>一時的な認証情報が発行された時刻。長期のキーでは存在しません。</translation>
    </message>
    <message>
        <source>The client&apos;s user agent. Client-supplied: not for security decisions.</source>
        <translation>クライアントのユーザーエージェント。クライアントが指定するため、セキュリティ上の判断には使わないでください。</translation>
    </message>
    <message>
        <source>The caller&apos;s unique id: AIDA... for a user, AROA...:SESSION for a role session, the account id for the root user.</source>
        <translation>呼び出し元の一意の ID: ユーザーは AIDA...、ロールセッションは AROA...:SESSION、ルートユーザーはアカウント ID。</translation>
    </message>
    <message>
        <source>The IAM user&apos;s name. Absent for roles, sessions and the root user.</source>
        <translation>IAM ユーザーの名前。ロール、セッション、ルートユーザーでは存在しません。</translation>
    </message>
    <message>
        <source>True when an AWS MCP server made the call with the caller&apos;s credentials.</source>
        <translation>AWS MCP サーバーが呼び出し元の認証情報で呼び出した場合に true。</translation>
    </message>
    <message>
        <source>True when an AWS service made the call with the caller&apos;s credentials.</source>
        <translation>AWS のサービスが呼び出し元の認証情報で呼び出した場合に true。</translation>
    </message>
    <message>
        <source>The account that owns the VPC endpoint the request came through.</source>
        <translation>リクエストが経由した VPC エンドポイントを所有するアカウント。</translation>
    </message>
    <message>
        <source>The organization of the account that owns the VPC endpoint.</source>
        <translation>VPC エンドポイントを所有するアカウントの組織。</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the account that owns the VPC endpoint.</source>
        <translation>VPC エンドポイントを所有するアカウントの組織単位 (OU) のパス。</translation>
    </message>
    <message>
        <source>The caller&apos;s private address, for requests through a VPC endpoint. Absent otherwise.</source>
        <translation>VPC エンドポイント経由のリクエストでの、呼び出し元のプライベートアドレス。それ以外では存在しません。</translation>
    </message>
    <message>
        <source>The instance metadata service version that delivered EC2 role credentials.</source>
        <translation>EC2 ロールの認証情報を渡したインスタンスメタデータサービスのバージョン。</translation>
    </message>
    <message>
        <source>The EC2 instance whose role credentials signed the request.</source>
        <translation>ロールの認証情報でリクエストに署名した EC2 インスタンス。</translation>
    </message>
    <message>
        <source>The Glue service that issued the credentials, for Glue jobs.</source>
        <translation>Glue ジョブで、認証情報を発行した Glue サービス。</translation>
    </message>
    <message>
        <source>The Glue service that assumed the role.</source>
        <translation>ロールを引き受けた Glue サービス。</translation>
    </message>
    <message>
        <source>The IAM Identity Center user behind the session.</source>
        <translation>セッションの背後にいる IAM Identity Center のユーザー。</translation>
    </message>
    <message>
        <source>The Lambda function whose execution role credentials signed the request.</source>
        <translation>実行ロールの認証情報でリクエストに署名した Lambda 関数。</translation>
    </message>
    <message>
        <source>The regions the request asks to replicate the secret to.</source>
        <translation>リクエストがシークレットのレプリケート先として指定したリージョン。</translation>
    </message>
    <message>
        <source>The BlockPublicPolicy parameter of PutResourcePolicy: whether AWS must refuse policies that give broad access.</source>
        <translation>PutResourcePolicy の BlockPublicPolicy パラメータ: 広範なアクセスを与えるポリシーを AWS が拒否する必要があるかどうか。</translation>
    </message>
    <message>
        <source>The description given in the request.</source>
        <translation>リクエストで指定された説明。</translation>
    </message>
    <message>
        <source>The rotation role given for a managed external secret.</source>
        <translation>マネージド外部シークレットに指定されたローテーションロール。</translation>
    </message>
    <message>
        <source>Whether DeleteSecret deletes at once, without a recovery window.</source>
        <translation>DeleteSecret が復旧期間なしですぐに削除するかどうか。</translation>
    </message>
    <message>
        <source>Whether replication may overwrite a secret of the same name in the replica region.</source>
        <translation>レプリケーションが、レプリカリージョンにある同じ名前のシークレットを上書きしてよいかどうか。</translation>
    </message>
    <message>
        <source>The ARN of the KMS key given in the request.</source>
        <translation>リクエストで指定された KMS キーの ARN。</translation>
    </message>
    <message>
        <source>The KMS key as given in the request (id, ARN or alias). Prefer secretsmanager:KmsKeyArn.</source>
        <translation>リクエストで指定されたとおりの KMS キー (ID、ARN、エイリアス)。secretsmanager:KmsKeyArn を使う方が適切です。</translation>
    </message>
    <message>
        <source>Whether RotateSecret changes the rotation rules.</source>
        <translation>RotateSecret がローテーションルールを変更するかどうか。</translation>
    </message>
    <message>
        <source>The name of the secret being created.</source>
        <translation>作成されるシークレットの名前。</translation>
    </message>
    <message>
        <source>The recovery window DeleteSecret was given (7 to 30 days).</source>
        <translation>DeleteSecret に指定された復旧期間 (7～30 日)。</translation>
    </message>
    <message>
        <source>The rotation function attached to the secret. Absent when rotation is not configured.</source>
        <translation>シークレットにアタッチされたローテーション関数。ローテーションが設定されていない場合は存在しません。</translation>
    </message>
    <message>
        <source>The managed-external-secret type of the secret.</source>
        <translation>シークレットのマネージド外部シークレットの種類。</translation>
    </message>
    <message>
        <source>The value of the named tag on the secret (Secrets Manager&apos;s own spelling of aws:ResourceTag). Absent when the secret has no such tag.</source>
        <translation>シークレットに付いた、指定したタグの値 (Secrets Manager 独自の aws:ResourceTag の表記)。シークレットにそのタグがない場合は存在しません。</translation>
    </message>
    <message>
        <source>Whether RotateSecret starts rotating at once.</source>
        <translation>RotateSecret がすぐにローテーションを開始するかどうか。</translation>
    </message>
    <message>
        <source>The rotation function given to RotateSecret.</source>
        <translation>RotateSecret に指定されたローテーション関数。</translation>
    </message>
    <message>
        <source>The ARN of the secret the call targets.</source>
        <translation>呼び出しの対象となるシークレットの ARN。</translation>
    </message>
    <message>
        <source>The primary region of a multi-Region secret. Absent for a secret that is not replicated.</source>
        <translation>マルチリージョンシークレットのプライマリリージョン。レプリケートされていないシークレットでは存在しません。</translation>
    </message>
    <message>
        <source>The managed-external-secret type given in the request.</source>
        <translation>リクエストで指定されたマネージド外部シークレットの種類。</translation>
    </message>
    <message>
        <source>The VersionId the caller of GetSecretValue passed. Absent when the caller names no version id, even for the current version.</source>
        <translation>GetSecretValue の呼び出し元が渡した VersionId。呼び出し元がバージョン ID を指定しない場合は、現在のバージョンであっても存在しません。</translation>
    </message>
    <message>
        <source>The stage the caller passed (VersionStage parameter). Absent on the default GetSecretValue call that names no stage, even though that call returns AWSCURRENT: an Allow that requires a stage then does not apply.</source>
        <translation>呼び出し元が渡したステージ (VersionStage パラメータ)。ステージを指定しない通常の GetSecretValue 呼び出しでは、AWSCURRENT が返されるにもかかわらず存在しません。そのため、ステージを必須とする Allow は適用されません。</translation>
    </message>
    <message>
        <source>The managed instance whose Systems Manager credentials signed the request.</source>
        <translation>Systems Manager の認証情報でリクエストに署名したマネージドインスタンス。</translation>
    </message>
    <message>
        <source>Reads the values of up to 20 secrets in one call. Takes no resource: the secret policy never decides it, though each secret&apos;s GetSecretValue check does.</source>
        <translation>1 回の呼び出しで最大 20 個のシークレットの値を読み取ります。リソースを対象としないため、シークレットポリシーでは判定されませんが、各シークレットの GetSecretValue のチェックは行われます。</translation>
    </message>
    <message>
        <source>Turns off rotation of the secret.</source>
        <translation>シークレットのローテーションを無効にします。</translation>
    </message>
    <message>
        <source>Creates a secret. Useless in a secret policy: the secret does not exist yet.</source>
        <translation>シークレットを作成します。シークレットはまだ存在しないため、シークレットポリシーでは意味がありません。</translation>
    </message>
    <message>
        <source>Removes this policy. Sensitive: whoever may call it controls access to the secret.</source>
        <translation>このポリシーを削除します。要注意: これを呼び出せる人がシークレットへのアクセスを制御できます。</translation>
    </message>
    <message>
        <source>Schedules the secret for deletion (7 to 30 days), or deletes it at once.</source>
        <translation>シークレットの削除をスケジュールする (7～30 日) か、すぐに削除します。</translation>
    </message>
    <message>
        <source>Reads the secret&apos;s metadata, not its value.</source>
        <translation>シークレットの値ではなく、メタデータを読み取ります。</translation>
    </message>
    <message>
        <source>Generates a random password. Takes no resource: the secret policy never decides it.</source>
        <translation>ランダムなパスワードを生成します。リソースを対象としないため、シークレットポリシーでは判定されません。</translation>
    </message>
    <message>
        <source>Reads this policy.</source>
        <translation>このポリシーを読み取ります。</translation>
    </message>
    <message>
        <source>Reads the secret value (decrypted). Across accounts it also needs a customer managed KMS key the caller may use.</source>
        <translation>シークレットの値を (復号して) 読み取ります。アカウントをまたぐ場合は、呼び出し元が使用できるカスタマーマネージド KMS キーも必要です。</translation>
    </message>
    <message>
        <source>Lists the secret&apos;s versions and their stages, not their values.</source>
        <translation>シークレットのバージョンとそのステージを一覧表示します (値は含みません)。</translation>
    </message>
    <message>
        <source>Lists secrets. Takes no resource: the secret policy never decides it.</source>
        <translation>シークレットを一覧表示します。リソースを対象としないため、シークレットポリシーでは判定されません。</translation>
    </message>
    <message>
        <source>Replaces this policy. Sensitive: whoever may call it can grant themselves anything.</source>
        <translation>このポリシーを置き換えます。要注意: これを呼び出せる人は、自分に何でも許可できます。</translation>
    </message>
    <message>
        <source>Stores a new secret value as a new version (writes the value); AWSCURRENT moves to it.</source>
        <translation>新しいシークレットの値を新しいバージョンとして保存します (値を書き込みます)。AWSCURRENT はそのバージョンに移ります。</translation>
    </message>
    <message>
        <source>Deletes replicas of the secret in other regions.</source>
        <translation>ほかのリージョンにあるシークレットのレプリカを削除します。</translation>
    </message>
    <message>
        <source>Copies the secret, value included, to other regions.</source>
        <translation>シークレットを値ごとほかのリージョンにコピーします。</translation>
    </message>
    <message>
        <source>Cancels a scheduled deletion.</source>
        <translation>スケジュールされた削除を取り消します。</translation>
    </message>
    <message>
        <source>Configures rotation or rotates now, creating a new value.</source>
        <translation>ローテーションを設定するか、すぐにローテーションして新しい値を作成します。</translation>
    </message>
    <message>
        <source>Turns a replica into a standalone secret (called on the replica).</source>
        <translation>レプリカを独立したシークレットにします (レプリカに対して呼び出します)。</translation>
    </message>
    <message>
        <source>Adds tags to the secret. Tags can change the outcome of tag-based conditions.</source>
        <translation>シークレットにタグを追加します。タグはタグベースの条件の結果を変えることがあります。</translation>
    </message>
    <message>
        <source>Removes tags from the secret. Tags can change the outcome of tag-based conditions.</source>
        <translation>シークレットからタグを削除します。タグはタグベースの条件の結果を変えることがあります。</translation>
    </message>
    <message>
        <source>Changes the secret&apos;s description or KMS key, or stores a new value (writes the value).</source>
        <translation>シークレットの説明や KMS キーを変更するか、新しい値を保存します (値を書き込みます)。</translation>
    </message>
    <message>
        <source>Moves or removes a staging label such as AWSCURRENT between versions.</source>
        <translation>AWSCURRENT などのステージングラベルをバージョン間で移動または削除します。</translation>
    </message>
    <message>
        <source>Checks a policy for broad access without storing it.</source>
        <translation>ポリシーを保存せずに、広範なアクセスがないかチェックします。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>list of text</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>タグ付け</translation>
    </message>
    <message>
        <source>Permissions management</source>
        <translation>アクセス許可の管理</translation>
    </message>
    <message>
        <source>If the key is absent: true (IfExists); if present, the operator decides.</source>
        <translation>キーがない場合: true (IfExists)。ある場合は演算子が判定します。</translation>
    </message>
    <message>
        <source>ForAllValues:Null is always true, whatever the key: use plain Null.</source>
        <translation>ForAllValues:Null はキーにかかわらず常に true です。修飾子のない Null を使ってください。</translation>
    </message>
    <message>
        <source>ForAnyValue:Null is always false, whatever the key: use plain Null.</source>
        <translation>ForAnyValue:Null はキーにかかわらず常に false です。修飾子のない Null を使ってください。</translation>
    </message>
    <message>
        <source>ForAllValues: every request value must match; if the key is absent or empty: true. With Allow this is a common source of broad access.</source>
        <translation>ForAllValues: リクエストのすべての値が一致する必要があります。キーがないか空の場合は true。Allow と組み合わせると、広範なアクセスのよくある原因になります。</translation>
    </message>
    <message>
        <source>ForAnyValue: at least one request value must match; if the key is absent: false.</source>
        <translation>ForAnyValue: リクエストの値の少なくとも 1 つが一致する必要があります。キーがない場合は false。</translation>
    </message>
    <message>
        <source>If the key is absent: true. A negated operator holds for requests that do not carry the key at all; add a Null check or use it in a Deny.</source>
        <translation>キーがない場合: true。否定の演算子は、キーをまったく含まないリクエストにも成り立ちます。Null のチェックを追加するか、Deny の中で使ってください。</translation>
    </message>
    <message>
        <source>If the key is absent: false. A key with several values needs ForAnyValue: or ForAllValues:.</source>
        <translation>キーがない場合: false。複数の値を持つキーには ForAnyValue: または ForAllValues: が必要です。</translation>
    </message>
    <message>
        <source>Type: %1, several values (use ForAnyValue: or ForAllValues:).</source>
        <translation>型: %1、複数の値 (ForAnyValue: または ForAllValues: を使用)。</translation>
    </message>
    <message>
        <source>Type: %1, one value.</source>
        <translation>型: %1、単一の値。</translation>
    </message>
    <message>
        <source>The part after the slash names the tag; it is compared ignoring case.</source>
        <translation>スラッシュの後の部分はタグ名で、大文字と小文字を区別せずに比較されます。</translation>
    </message>
    <message>
        <source>No action supplies this key.</source>
        <translation>このキーを渡すアクションはありません。</translation>
    </message>
    <message>
        <source>Present only in requests of: %1.</source>
        <translation>次のリクエストにだけ存在します: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>An action of another service: it can never be requested against a secret.</source>
        <translation>ほかのサービスのアクションです。シークレットに対してリクエストされることはありません。</translation>
    </message>
    <message>
        <source>Access level: %1.</source>
        <translation>アクセスレベル: %1。</translation>
    </message>
    <message>
        <source>A pattern that matches no Secrets Manager action.</source>
        <translation>どの Secrets Manager アクションにも一致しないパターン。</translation>
    </message>
    <message numerus="yes">
        <source>A pattern matching %n Secrets Manager action(s): %1.</source>
        <translation>
            <numerusform>%n 個の Secrets Manager アクションに一致するパターン: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Secrets Manager action: this entry grants or denies nothing.</source>
        <translation>Secrets Manager のアクションではありません。このエントリは何も許可も拒否もしません。</translation>
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
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>ファイルは読み取り専用です</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>ファイルシステムは読み取り専用です</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダーが存在しません</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a FIFO or a folder)</source>
        <translation>通常のファイルではありません（デバイス、FIFO、またはフォルダー）</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>ファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a file; only regular files can be opened</source>
        <translation>これは FIFO（名前付きパイプ）で、ファイルではありません。開けるのは通常のファイルだけです</translation>
    </message>
    <message>
        <source>it is a device, not a file; only regular files can be opened</source>
        <translation>これはデバイスで、ファイルではありません。開けるのは通常のファイルだけです</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>これはフォルダーです</translation>
    </message>
    <message>
        <source>the file has %1 MB; Secret Policy Studio opens policies of up to %2 MB (AWS accepts up to 20,480 characters)</source>
        <translation>ファイルのサイズは %1 MB です。Secret Policy Studio が開けるポリシーは %2 MB までです（AWS が受け付けるのは 20,480 文字まで）</translation>
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
    <message>
        <source>Element (out of date: the JSON is invalid)</source>
        <translation>要素 (古い情報: JSON が無効です)</translation>
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
    <name>model::SecretArnCheck</name>
    <message>
        <source>Column %1: a secret ARN has six parts separated by colons: arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.</source>
        <translation>%1 列目: シークレットの ARN は、コロンで区切られた 6 つの部分からなります: arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME。</translation>
    </message>
    <message>
        <source>Column %1: an ARN starts with &quot;arn&quot;.</source>
        <translation>%1 列目: ARN は &quot;arn&quot; で始まります。</translation>
    </message>
    <message>
        <source>Column %1: the partition (such as &quot;aws&quot;) is missing.</source>
        <translation>%1 列目: パーティション (&quot;aws&quot; など) がありません。</translation>
    </message>
    <message>
        <source>Column %1: the service must be &quot;secretsmanager&quot;.</source>
        <translation>%1 列目: サービスは &quot;secretsmanager&quot; でなければなりません。</translation>
    </message>
    <message>
        <source>Column %1: the region (such as &quot;us-east-1&quot;) is missing.</source>
        <translation>%1 列目: リージョン (&quot;us-east-1&quot; など) がありません。</translation>
    </message>
    <message>
        <source>Column %1: the account must be 12 digits.</source>
        <translation>%1 列目: アカウントは 12 桁の数字でなければなりません。</translation>
    </message>
    <message>
        <source>Column %1: the resource must be &quot;secret:&quot; followed by the secret&apos;s name.</source>
        <translation>%1 列目: リソースは &quot;secret:&quot; の後にシークレットの名前を続けたものでなければなりません。</translation>
    </message>
    <message>
        <source>Column %1: a secret&apos;s name has only letters, digits and / _ + = . @ -</source>
        <translation>%1 列目: シークレットの名前に使えるのは英字、数字と / _ + = . @ - だけです</translation>
    </message>
    <message>
        <source>This is not the ARN of a secret: the partition and the region are lowercase letters, digits and hyphens.</source>
        <translation>これはシークレットの ARN ではありません: パーティションとリージョンは英小文字、数字、ハイフンで書きます。</translation>
    </message>
</context>
<context>
    <name>views::AboutDialog</name>
    <message>
        <source>About Secret Policy Studio</source>
        <translation>Secret Policy Studio について</translation>
    </message>
    <message>
        <source>Secret Policy Studio logo</source>
        <translation>Secret Policy Studio のロゴ</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Secret Policy Studio %1&lt;/h2&gt;&lt;p&gt;Edit, lint and simulate AWS Secrets Manager resource policies.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Secret Policy Studio %1&lt;/h2&gt;&lt;p&gt;AWS Secrets Manager のリソースポリシーを編集、検査、シミュレーションします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;br/&gt;QScintilla %3.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Secret Policy Studio authors. Released under the MIT licence; see Licences for what that means for the program you run.&lt;/p&gt;&lt;p&gt;The simulator follows AWS&apos;s documented rules; service control policies, permissions boundaries and session policies are not modelled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 でビルド、Qt %2 で実行中。&lt;br/&gt;QScintilla %3。&lt;/p&gt;&lt;p&gt;Copyright 2026 The Secret Policy Studio authors. MIT ライセンスで公開されています。実行しているプログラムにとってそれが何を意味するかは「ライセンス」を参照してください。&lt;/p&gt;&lt;p&gt;シミュレーターは AWS が文書化したルールに従います。サービスコントロールポリシー、アクセス許可の境界、セッションポリシーはモデル化されていません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>概要(&amp;A)</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Secret Policy Studio: MIT licence&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;h3&gt;Qt: GNU LGPL version 3&lt;/h3&gt;&lt;p&gt;This program uses the Qt libraries under the GNU Lesser General Public License version 3. You may replace them with your own build of Qt.&lt;/p&gt;&lt;h3&gt;QScintilla: GNU GPL version 3&lt;/h3&gt;&lt;p&gt;The JSON pane uses QScintilla by Riverbank Computing under the GNU General Public License version 3. Because this program links QScintilla, the program as distributed (the binary) is covered by the terms of the GPL version 3 as a whole: you may redistribute and change it under those terms, and the source code must be available to you. Our own source files remain available under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Secret Policy Studio: MIT ライセンス&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;h3&gt;Qt: GNU LGPL バージョン 3&lt;/h3&gt;&lt;p&gt;このプログラムは、GNU Lesser General Public License バージョン 3 の下で Qt ライブラリを使用しています。ライブラリは独自にビルドした Qt に置き換えることができます。&lt;/p&gt;&lt;h3&gt;QScintilla: GNU GPL バージョン 3&lt;/h3&gt;&lt;p&gt;JSON ペインは、Riverbank Computing の QScintilla を GNU General Public License バージョン 3 の下で使用しています。このプログラムは QScintilla をリンクしているため、配布されるプログラム (バイナリ) は全体として GPL バージョン 3 の条件の対象となります。その条件の下で再配布や変更ができ、ソースコードを入手できなければなりません。私たち自身のソースファイルは引き続き MIT ライセンスで利用できます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>ライセンス(&amp;L)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>views::AwsOpenDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Open from AWS</source>
        <translation>AWS から開く</translation>
    </message>
    <message>
        <source>Opens the resource policy of a secret through your own aws command (AWS CLI), signed in as the profile says.</source>
        <translation>ご自身の aws コマンド (AWS CLI) を使い、プロファイルのとおりにサインインして、シークレットのリソースポリシーを開きます。</translation>
    </message>
    <message>
        <source>Filter secrets by name, description or ARN</source>
        <translation>名前、説明、ARN でシークレットを絞り込む</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>シークレットの絞り込み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>Listing the secrets (%1)...</source>
        <translation>シークレットを一覧表示しています (%1)...</translation>
    </message>
    <message>
        <source>Fetching the policy of %1...</source>
        <translation>%1 のポリシーを取得しています...</translation>
    </message>
    <message numerus="yes">
        <source>Listing the secrets (%1): %n so far...</source>
        <translation>
            <numerusform>シークレットを一覧表示しています (%1): これまでに %n 件...</numerusform>
        </translation>
    </message>
    <message>
        <source>No secrets (%1).</source>
        <translation>シークレットはありません (%1)。</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) (%1). Type to filter, then open one.</source>
        <translation>
            <numerusform>%n 件のシークレット (%1)。入力して絞り込み、1 つを開いてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>views::AwsRoundTrip</name>
    <message>
        <source>Open from &amp;AWS...</source>
        <translation>AWS から開く(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Validate with AWS</source>
        <translation>AWS で検証(&amp;V)</translation>
    </message>
    <message>
        <source>Open the resource policy of a secret through your aws command (AWS CLI)</source>
        <translation>aws コマンド (AWS CLI) でシークレットのリソースポリシーを開く</translation>
    </message>
    <message>
        <source>Ask AWS (validate-resource-policy) about the policy; its findings appear beside ours in Problems</source>
        <translation>ポリシーについて AWS (validate-resource-policy) に問い合わせます。結果は「問題」に当アプリの結果と並べて表示されます</translation>
    </message>
    <message>
        <source>Open from AWS</source>
        <translation>AWS から開く</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Opened the policy of %1 from AWS (%2).</source>
        <translation>%1 のポリシーを AWS から開きました (%2)。</translation>
    </message>
    <message>
        <source>%1 has no resource policy yet: this is an empty one to fill in and deploy.</source>
        <translation>%1 にはまだリソースポリシーがありません。これは記入してデプロイするための空のポリシーです。</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>Opened from AWS: %1 (%2), fetched %3</source>
        <translation>AWS から開きました: %1 (%2)、取得 %3</translation>
    </message>
    <message>
        <source>Validate with AWS</source>
        <translation>AWS で検証</translation>
    </message>
    <message>
        <source>Which AWS profile and region should validate the policy?</source>
        <translation>どの AWS プロファイルとリージョンでポリシーを検証しますか?</translation>
    </message>
    <message>
        <source>Validating with AWS (%1)...</source>
        <translation>AWS で検証しています (%1)...</translation>
    </message>
    <message>
        <source>The policy changed while AWS validated it; validate again.</source>
        <translation>AWS の検証中にポリシーが変更されました。もう一度検証してください。</translation>
    </message>
    <message>
        <source>AWS: the policy passed validation.</source>
        <translation>AWS: ポリシーは検証に合格しました。</translation>
    </message>
    <message numerus="yes">
        <source>AWS: the policy did not pass validation (%n finding(s) in Problems).</source>
        <translation>
            <numerusform>AWS: ポリシーは検証に合格しませんでした (「問題」に %n 件)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::AwsTargetWidget</name>
    <message>
        <source>A profile of your AWS configuration (~/.aws/config). The aws command signs in with it; Secret Policy Studio never sees the credentials.</source>
        <translation>AWS 設定 (~/.aws/config) のプロファイルです。aws コマンドがこれでサインインします。Secret Policy Studio が認証情報を見ることはありません。</translation>
    </message>
    <message>
        <source>The region of the secret</source>
        <translation>シークレットのリージョン</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>profile %1, %2</source>
        <translation>プロファイル %1、%2</translation>
    </message>
    <message>
        <source>its default region</source>
        <translation>既定のリージョン</translation>
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
    <name>views::ContextKeyEditor</name>
    <message>
        <source>Context keys</source>
        <translation>コンテキストキー</translation>
    </message>
    <message>
        <source>Select a key to give it a value</source>
        <translation>値を設定するキーを選択してください</translation>
    </message>
    <message>
        <source>Context value</source>
        <translation>コンテキストの値</translation>
    </message>
    <message>
        <source>Context value (true or false)</source>
        <translation>コンテキストの値 (true または false)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>&amp;Set Value</source>
        <translation>値を設定(&amp;S)</translation>
    </message>
    <message>
        <source>Use this value in every request of the matrix</source>
        <translation>この値をマトリクスのすべてのリクエストで使用します</translation>
    </message>
    <message>
        <source>C&amp;lear Value</source>
        <translation>値をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Back to the value derived from the request, or to an absent key</source>
        <translation>リクエストから導出された値、またはキーなしの状態に戻します</translation>
    </message>
    <message>
        <source>Value problem</source>
        <translation>値の問題</translation>
    </message>
    <message>
        <source>Key to add</source>
        <translation>追加するキー</translation>
    </message>
    <message>
        <source>aws:SourceVpce, aws:PrincipalTag/team, …</source>
        <translation>aws:SourceVpce, aws:PrincipalTag/team, …</translation>
    </message>
    <message>
        <source>&amp;Other key:</source>
        <translation>その他のキー(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>キーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a row for a key the policy does not test, e.g. to see it in the requests</source>
        <translation>ポリシーがテストしないキーの行を追加します (例: リクエストに含まれることを確認するため)</translation>
    </message>
    <message>
        <source>%1: each column of the matrix names its own version stage</source>
        <translation>%1: マトリクスの各列がそれぞれのバージョンステージを指定します</translation>
    </message>
    <message>
        <source>&amp;Value of %1 (%2; separate values with commas or new lines):</source>
        <translation>%1 の値(&amp;V) (%2。複数の値はカンマか改行で区切ります):</translation>
    </message>
    <message>
        <source>&amp;Value of %1 (%2; several values one per line):</source>
        <translation>%1 の値(&amp;V) (%2。複数の値は 1 行に 1 つ):</translation>
    </message>
    <message>
        <source>The policy tests no context keys: requests carry only the keys derived from them. Add a key below to send one anyway.</source>
        <translation>ポリシーはコンテキストキーをテストしていません。リクエストには導出されたキーだけが含まれます。それでもキーを送信するには、下でキーを追加してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>The policy uses %n context key(s).</source>
        <translation>
            <numerusform>ポリシーは %n 個のコンテキストキーを使用しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Given: %1, derived from each request: %2, absent: %3.</source>
        <translation>指定: %1、各リクエストから導出: %2、なし: %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not used because invalid.</source>
        <translation>
            <numerusform>%n 個の値は無効なため使用されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>未使用: %1</translation>
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
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
</context>
<context>
    <name>views::GuideWindow</name>
    <message>
        <source>Policy Language Guide</source>
        <translation>ポリシー言語ガイド</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>ガイドの本文</translation>
    </message>
    <message>
        <source>The policy language guide. Tab moves between links; Enter follows a link.</source>
        <translation>ポリシー言語ガイド。Tab でリンク間を移動し、Enter でリンクを開きます。</translation>
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
        <source>JSON policies (*.json);;All files (*)</source>
        <translation>JSON ポリシー (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>&quot;%1&quot; を保存しました</translation>
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
    <message>
        <source>Policy Language &amp;Guide</source>
        <translation>ポリシー言語ガイド(&amp;G)</translation>
    </message>
    <message>
        <source>A short guide to the policy language, with the user guide&apos;s examples</source>
        <translation>ユーザーガイドの例を含む、ポリシー言語の短いガイド</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>このウィンドウのすべてのキーボードショートカットを一覧表示します</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>ヒント(&amp;T)</translation>
    </message>
    <message>
        <source>Click any part of the window, or a condition operator or key in the tree, to see what it is</source>
        <translation>ウィンドウの任意の部分、またはツリーの条件演算子やキーをクリックすると、その説明が表示されます</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to Statement &amp;Tree</source>
        <translation>ステートメントツリーへ移動(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Go to &amp;JSON Pane</source>
        <translation>JSON ペインへ移動(&amp;J)</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Go to Pro&amp;blems</source>
        <translation>問題へ移動(&amp;B)</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Go to Si&amp;mulation</source>
        <translation>シミュレーションへ移動(&amp;M)</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>Go to Sc&amp;enarios</source>
        <translation>シナリオへ移動(&amp;E)</translation>
    </message>
    <message>
        <source>Alt+5</source>
        <translation>Alt+5</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>次のペイン(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>前のペイン(&amp;V)</translation>
    </message>
    <message>
        <source>JSON pane</source>
        <translation>JSON ペイン</translation>
    </message>
    <message>
        <source>The policy as JSON text. The statement tree follows every change.</source>
        <translation>JSON テキストとしてのポリシー。ステートメントツリーはすべての変更に追従します。</translation>
    </message>
    <message>
        <source>Statement tree</source>
        <translation>ステートメントツリー</translation>
    </message>
    <message>
        <source>The policy&apos;s statements and their elements. F2 edits a value; Insert adds one.</source>
        <translation>ポリシーのステートメントとその要素。F2 で値を編集し、Insert で値を追加します。</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON エラー</translation>
    </message>
    <message>
        <source>Problems list</source>
        <translation>問題の一覧</translation>
    </message>
    <message>
        <source>Parse state</source>
        <translation>解析の状態</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>問題の数</translation>
    </message>
    <message>
        <source>Policy size</source>
        <translation>ポリシーのサイズ</translation>
    </message>
    <message>
        <source>Caret position</source>
        <translation>カーソル位置</translation>
    </message>
    <message>
        <source>Simulation views</source>
        <translation>シミュレーションのビュー</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>変更レポート</translation>
    </message>
    <message>
        <source>Access matrices</source>
        <translation>アクセスマトリクス</translation>
    </message>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>選択したセルの説明</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;statement tree&lt;/b&gt; shows the policy&apos;s statements. Point at a condition operator, a condition key or an action to see what it means; F2 edits, Insert adds a value, Delete removes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ステートメントツリー&lt;/b&gt;には、ポリシーのステートメントが表示されます。条件演算子、条件キー、アクションにマウスを合わせると意味が表示されます。F2 で編集、Insert で値を追加、Delete で削除します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;JSON pane&lt;/b&gt; holds the policy text, the single source of truth: the tree, the problems and the simulation follow it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;JSON ペイン&lt;/b&gt;にはポリシーのテキストがあり、これが唯一の正となる情報源です。ツリー、問題、シミュレーションはこれに追従します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Problems&lt;/b&gt; lists what the linter found. Activate a row to select its text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;問題&lt;/b&gt;には、リンターが見つけた内容が一覧表示されます。行をアクティブにすると、そのテキストが選択されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;simulation&lt;/b&gt; shows which principals may call an action for each version stage, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;シミュレーション&lt;/b&gt;には、どのプリンシパルがバージョンステージごとにアクションを呼び出せるか、そしてその理由が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened the example &quot;%1&quot;</source>
        <translation>例 &quot;%1&quot; を開きました</translation>
    </message>
    <message>
        <source>Preference&amp;s...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Font, indentation, theme, language and simulation defaults</source>
        <translation>フォント、インデント、テーマ、言語、シミュレーションの既定値</translation>
    </message>
    <message>
        <source>Not a secret ARN: %1</source>
        <translation>シークレットの ARN ではありません: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters: over AWS&apos;s limit, cheap checks only</source>
        <translation>%1 / %2 文字: AWS の上限を超過、簡易チェックのみ</translation>
    </message>
    <message>
        <source>Past the limit only the JSON syntax, the structure and the size are checked, and the Simulation is not computed.</source>
        <translation>上限を超えると、JSON 構文、構造、サイズのみをチェックし、シミュレーションは計算しません。</translation>
    </message>
    <message>
        <source>&amp;Format Document</source>
        <translation>ドキュメントを整形(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Lay the whole policy out again: one member a line, indented (Undo reverts it)</source>
        <translation>ポリシー全体を整形し直します: 1 行に 1 メンバー、インデント付き (元に戻すで取り消せます)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>折り返し(&amp;W)</translation>
    </message>
    <message>
        <source>Alt+Z</source>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <source>Wrap long lines at the edge of the JSON pane</source>
        <translation>長い行を JSON ペインの端で折り返します</translation>
    </message>
    <message>
        <source>Import get-resource-policy Output from C&amp;lipboard</source>
        <translation>クリップボードから get-resource-policy の出力をインポート(&amp;L)</translation>
    </message>
    <message>
        <source>Open the policy inside pasted output of &quot;aws secretsmanager get-resource-policy&quot;</source>
        <translation>貼り付けた「aws secretsmanager get-resource-policy」の出力に含まれるポリシーを開きます</translation>
    </message>
    <message>
        <source>Cannot import the clipboard: %1</source>
        <translation>クリップボードをインポートできません: %1</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: correct the error first.</source>
        <translation>ポリシーが有効な JSON ではありません。先にエラーを修正してください。</translation>
    </message>
    <message>
        <source>The policy is formatted already.</source>
        <translation>ポリシーはすでに整形されています。</translation>
    </message>
    <message>
        <source>Formatted the policy (Undo reverts it)</source>
        <translation>ポリシーを整形しました (元に戻すで取り消せます)</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <source>Imported the policy from %1</source>
        <translation>%1 からポリシーをインポートしました</translation>
    </message>
    <message>
        <source>%1[*] (read-only) - Secret Policy Studio</source>
        <translation>%1[*]（読み取り専用） - Secret Policy Studio</translation>
    </message>
    <message>
        <source>The file on disk is unchanged. Your changes are still in the editor, not saved: save them under another name?</source>
        <translation>ディスク上のファイルは変更されていません。変更内容はエディターに残っていますが、保存されていません。別の名前で保存しますか?</translation>
    </message>
    <message numerus="yes">
        <source>The policy has %n error(s); AWS will refuse it.</source>
        <translation>
            <numerusform>ポリシーには %n 件のエラーがあります。AWS はこのポリシーを受け付けません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save it anyway? The Problems list shows the errors.</source>
        <translation>それでも保存しますか? エラーは「問題」一覧に表示されています。</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this file</source>
        <translation>このファイルについては今後確認しない(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>それでも保存(&amp;S)</translation>
    </message>
    <message>
        <source>Secret Policy Studio was closed with unsaved changes to %1 (saved for recovery on %2).</source>
        <translation>Secret Policy Studio は %1 への未保存の変更を残したまま終了しました（%2 に復元用に保存）。</translation>
    </message>
    <message>
        <source>Restore them in a new window?</source>
        <translation>新しいウィンドウで復元しますか?</translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation>復元しますか?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>後で確認(&amp;L)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be saved: %2.</source>
        <translation>「%1」は保存できません: %2。</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation>「%1」を保存できません: %2。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>This file cannot be saved in place (no write permission, a read-only file system or a folder that takes no new files); Save offers Save As.</source>
        <translation>このファイルはその場所に保存できません（書き込み権限がない、読み取り専用のファイルシステム、または新しいファイルを作成できないフォルダー）。「保存」では「名前を付けて保存」を提案します。</translation>
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
    <name>views::PreferencesDialog</name>
    <message>
        <source>System Default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>既定値に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>エディタ</translation>
    </message>
    <message>
        <source>JSON pane font</source>
        <translation>JSON ペインのフォント</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>JSON pane font size</source>
        <translation>JSON ペインのフォントサイズ</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <source> spaces</source>
        <translation> スペース</translation>
    </message>
    <message>
        <source>1 space</source>
        <translation>1 スペース</translation>
    </message>
    <message>
        <source>Indentation for new text, in spaces</source>
        <translation>新しいテキストのインデント (スペース数)</translation>
    </message>
    <message>
        <source>New policies, Export as Pretty JSON, and tree edits in a text that has no indentation of its own use this many spaces per level. Opened files keep theirs.</source>
        <translation>新しいポリシー、整形済み JSON としてのエクスポート、独自のインデントがないテキストでのツリー編集では、1 レベルにつきこの数のスペースを使います。開いたファイルは元のインデントを保ちます。</translation>
    </message>
    <message>
        <source>&amp;Indentation for new text:</source>
        <translation>新しいテキストのインデント(&amp;I):</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Reparse delay, in milliseconds</source>
        <translation>再解析までの遅延 (ミリ秒)</translation>
    </message>
    <message>
        <source>How long after the last keystroke the tree, the problems and the simulation catch up with the text.</source>
        <translation>最後のキー入力から、ツリー、問題、シミュレーションがテキストに追いつくまでの時間。</translation>
    </message>
    <message>
        <source>Reparse &amp;delay:</source>
        <translation>再解析までの遅延(&amp;D):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>新しい言語は、次にプログラムを起動したときに適用されます。</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>シミュレーション</translation>
    </message>
    <message>
        <source>Default secret ARN</source>
        <translation>既定のシークレット ARN</translation>
    </message>
    <message>
        <source>The secret the Simulation panel assumes for a policy that has no ARN of its own. Empty: an example ARN.</source>
        <translation>シミュレーションパネルが、独自の ARN を持たないポリシーに想定するシークレット。空の場合は例の ARN を使います。</translation>
    </message>
    <message>
        <source>Default secret AR&amp;N:</source>
        <translation>既定のシークレット ARN(&amp;N):</translation>
    </message>
    <message>
        <source>Default actions</source>
        <translation>既定のアクション</translation>
    </message>
    <message>
        <source>The actions a new access matrix shows; Space checks or unchecks the current one.</source>
        <translation>新しいアクセスマトリクスに表示するアクション。Space キーで現在のアクションのチェックを切り替えます。</translation>
    </message>
    <message>
        <source>Default ac&amp;tions:</source>
        <translation>既定のアクション(&amp;T):</translation>
    </message>
    <message>
        <source>Choose at least one action.</source>
        <translation>アクションを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Only actions on one secret are listed: %1 name no secret, so a secret&apos;s policy cannot decide them and the Simulation has no table for them.</source>
        <translation>1 つのシークレットに対するアクションだけを表示しています。%1 はシークレットを指定しないため、シークレットのポリシーでは判定できず、シミュレーションにも表がありません。</translation>
    </message>
</context>
<context>
    <name>views::PrincipalsDialog</name>
    <message>
        <source>Principals of Your Own</source>
        <translation>独自のプリンシパル</translation>
    </message>
    <message>
        <source>Added principals</source>
        <translation>追加したプリンシパル</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s row from the matrix</source>
        <translation>選択したプリンシパルの行をマトリクスから削除します</translation>
    </message>
    <message>
        <source>Added &amp;principals (remembered with the file):</source>
        <translation>追加したプリンシパル(&amp;P) (ファイルごとに記憶されます):</translation>
    </message>
    <message>
        <source>arn:aws:iam::444455556666:role/Reader</source>
        <translation>arn:aws:iam::444455556666:role/Reader</translation>
    </message>
    <message>
        <source>Optional: the principal&apos;s identity policy as JSON. Without it, answers that depend on it are Unknown.</source>
        <translation>省略可能: プリンシパルの ID ベースのポリシー (JSON)。指定しない場合、それに依存する答えは「不明」になります。</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>ファイルから読み込む(&amp;L)…</translation>
    </message>
    <message>
        <source>Read the identity policy from a JSON file</source>
        <translation>ID ベースのポリシーを JSON ファイルから読み込みます</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the principal above as a row of the matrix</source>
        <translation>上のプリンシパルをマトリクスの行として追加します</translation>
    </message>
    <message>
        <source>P&amp;rincipal:</source>
        <translation>プリンシパル(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Identity policy:</source>
        <translation>ID ベースのポリシー(&amp;I):</translation>
    </message>
    <message>
        <source>%1 (identity policies unknown)</source>
        <translation>%1 (ID ベースのポリシーは不明)</translation>
    </message>
    <message>
        <source>%1 (identity policies: %2)</source>
        <translation>%1 (ID ベースのポリシー: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1、%2 行 %3 列: %4</translation>
    </message>
    <message>
        <source>Load an Identity Policy</source>
        <translation>ID ベースのポリシーを読み込む</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>ポリシー (*.json);;すべてのファイル (*)</translation>
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
    <message>
        <source>Reported by AWS (validate-resource-policy, %1)</source>
        <translation>AWS による報告 (validate-resource-policy、%1)</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>the policy passed AWS&apos;s validation</source>
        <translation>ポリシーは AWS の検証に合格しました</translation>
    </message>
    <message>
        <source>the policy did not pass AWS&apos;s validation</source>
        <translation>ポリシーは AWS の検証に合格しませんでした</translation>
    </message>
</context>
<context>
    <name>views::RequestClipboard</name>
    <message>
        <source>Copy &amp;Request</source>
        <translation>リクエストをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the request as one JSON line, for secret-policy eval</source>
        <translation>リクエストを 1 行の JSON としてコピーします (secret-policy eval 用)</translation>
    </message>
    <message>
        <source>Copy &amp;eval Command</source>
        <translation>eval コマンドをコピー(&amp;E)</translation>
    </message>
    <message>
        <source>Copy the command line that asks secret-policy eval this request about the file</source>
        <translation>このリクエストをファイルについて secret-policy eval に問い合わせるコマンドラインをコピーします</translation>
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
    <name>views::ShortcutsDialog</name>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Action or key, e.g. &quot;save&quot; or &quot;F3&quot;</source>
        <translation>アクションまたはキー (例: &quot;保存&quot;、&quot;F3&quot;)</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>ショートカットを検索</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>不明 · ポリシー: 許可</translation>
    </message>
    <message>
        <source>Select a cell to see why</source>
        <translation>セルを選択すると理由が表示されます</translation>
    </message>
    <message>
        <source>Note: only this secret policy and the identity policies you give are evaluated. AWS also applies service control policies, permissions boundaries, session policies and KMS key policies, which are not modelled here.</source>
        <translation>注: 評価するのは、このシークレットポリシーと指定された ID ベースのポリシーだけです。AWS はサービスコントロールポリシー、アクセス許可の境界、セッションポリシー、KMS キーポリシーも適用しますが、ここではモデル化していません。</translation>
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
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>The request context keys the policy tests, and their values</source>
        <translation>ポリシーがテストするリクエストのコンテキストキーとその値</translation>
    </message>
    <message>
        <source>Secret: %1 (the default of the preferences; set this policy&apos;s with Policy &gt; Secret ARN...)</source>
        <translation>シークレット: %1 (設定の既定値です。このポリシーの ARN は [ポリシー] &gt; [シークレット ARN...] で設定します)</translation>
    </message>
    <message>
        <source>Not computed: the policy is longer than AWS&apos;s limit of 20,480 characters, which AWS refuses</source>
        <translation>未計算: ポリシーが AWS の上限 20,480 文字を超えているため、AWS は受け付けません</translation>
    </message>
    <message>
        <source>No results: the text has not been valid JSON since it was opened (the banner above the JSON pane shows where it fails).</source>
        <translation>結果なし: 開いてから一度も有効な JSON になっていません（JSON ペイン上部のバナーにエラーの位置が表示されます）。</translation>
    </message>
    <message>
        <source>Access matrix (no results)</source>
        <translation>アクセスマトリクス（結果なし）</translation>
    </message>
    <message>
        <source>Compute &amp;Anyway</source>
        <translation>それでも計算(&amp;A)</translation>
    </message>
    <message>
        <source>Compute the matrix of this policy although AWS would refuse it: a large policy can take a while, on a worker</source>
        <translation>AWS が拒否するポリシーでもマトリクスを計算します。大きなポリシーではバックグラウンドで時間がかかることがあります</translation>
    </message>
    <message>
        <source>No results yet: the policy is being analysed</source>
        <translation>まだ結果はありません: ポリシーを解析中です</translation>
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
