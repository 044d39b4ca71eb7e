<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckDescription</name>
    <message>
        <source>The text is not valid JSON.</source>
        <translation>Der Text ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>A JSON object contains the same key twice.</source>
        <translation>Ein JSON-Objekt enthält denselben Schlüssel zweimal.</translation>
    </message>
    <message>
        <source>A value that must be a JSON object is not one.</source>
        <translation>Ein Wert, der ein JSON-Objekt sein muss, ist keines.</translation>
    </message>
    <message>
        <source>A key that is not a policy element.</source>
        <translation>Ein Schlüssel, der kein Richtlinienelement ist.</translation>
    </message>
    <message>
        <source>Version is not &quot;2012-10-17&quot; or &quot;2008-10-17&quot;.</source>
        <translation>Version ist weder &quot;2012-10-17&quot; noch &quot;2008-10-17&quot;.</translation>
    </message>
    <message>
        <source>The policy has no statements.</source>
        <translation>Die Richtlinie hat keine Anweisungen.</translation>
    </message>
    <message>
        <source>Effect is missing or not exactly &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>Effect fehlt oder ist nicht genau &quot;Allow&quot; oder &quot;Deny&quot;.</translation>
    </message>
    <message>
        <source>A statement has neither Principal nor NotPrincipal.</source>
        <translation>Eine Anweisung hat weder Principal noch NotPrincipal.</translation>
    </message>
    <message>
        <source>A statement has neither Action nor NotAction.</source>
        <translation>Eine Anweisung hat weder Action noch NotAction.</translation>
    </message>
    <message>
        <source>A statement has neither Resource nor NotResource.</source>
        <translation>Eine Anweisung hat weder Resource noch NotResource.</translation>
    </message>
    <message>
        <source>An element and its Not form in one statement.</source>
        <translation>Ein Element und seine Not-Form in einer Anweisung.</translation>
    </message>
    <message>
        <source>An element value of the wrong JSON type.</source>
        <translation>Ein Elementwert mit falschem JSON-Typ.</translation>
    </message>
    <message>
        <source>A principal that is not &quot;*&quot;, an account, or an IAM/STS ARN (blocking when structural).</source>
        <translation>Ein Prinzipal, der weder &quot;*&quot; noch ein Konto noch ein IAM-/STS-ARN ist (blockierend, wenn strukturell).</translation>
    </message>
    <message>
        <source>A wildcard inside a principal ARN, which matches nobody.</source>
        <translation>Ein Platzhalter in einem Prinzipal-ARN, der auf niemanden passt.</translation>
    </message>
    <message>
        <source>An action that is not service:ActionName (blocking without exactly one colon).</source>
        <translation>Eine Aktion, die nicht service:ActionName ist (blockierend ohne genau einen Doppelpunkt).</translation>
    </message>
    <message>
        <source>An action prefix that is no AWS service.</source>
        <translation>Ein Aktionspräfix, das kein AWS-Service ist.</translation>
    </message>
    <message>
        <source>A secretsmanager: pattern that matches no action.</source>
        <translation>Ein secretsmanager:-Muster, das auf keine Aktion passt.</translation>
    </message>
    <message>
        <source>An action of another service in a secret policy.</source>
        <translation>Eine Aktion eines anderen Service in einer Secret-Richtlinie.</translation>
    </message>
    <message>
        <source>A resource that is not &quot;*&quot; or a valid ARN.</source>
        <translation>Eine Ressource, die weder &quot;*&quot; noch ein gültiger ARN ist.</translation>
    </message>
    <message>
        <source>A condition operator that does not exist.</source>
        <translation>Ein Bedingungsoperator, den es nicht gibt.</translation>
    </message>
    <message>
        <source>A condition key without a prefix or tag name.</source>
        <translation>Ein Bedingungsschlüssel ohne Präfix oder Tag-Namen.</translation>
    </message>
    <message>
        <source>An aws: or secretsmanager: key that AWS never sets.</source>
        <translation>Ein aws:- oder secretsmanager:-Schlüssel, den AWS nie setzt.</translation>
    </message>
    <message>
        <source>A multivalued key compared without ForAnyValue/ForAllValues.</source>
        <translation>Ein mehrwertiger Schlüssel ohne ForAnyValue/ForAllValues verglichen.</translation>
    </message>
    <message>
        <source>A Bool key with more than one value.</source>
        <translation>Ein Bool-Schlüssel mit mehr als einem Wert.</translation>
    </message>
    <message>
        <source>A malformed policy variable.</source>
        <translation>Eine fehlerhafte Richtlinienvariable.</translation>
    </message>
    <message>
        <source>A policy variable in a policy without Version 2012-10-17.</source>
        <translation>Eine Richtlinienvariable in einer Richtlinie ohne Version 2012-10-17.</translation>
    </message>
    <message>
        <source>A policy variable where variables are not substituted.</source>
        <translation>Eine Richtlinienvariable, wo Variablen nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>A policy variable naming a multivalued key.</source>
        <translation>Eine Richtlinienvariable, die einen mehrwertigen Schlüssel nennt.</translation>
    </message>
    <message>
        <source>Two spellings of one condition key in one operator block.</source>
        <translation>Zwei Schreibweisen eines Bedingungsschlüssels in einem Operatorblock.</translation>
    </message>
    <message>
        <source>The policy is longer than 20,480 characters.</source>
        <translation>Die Richtlinie ist länger als 20.480 Zeichen.</translation>
    </message>
    <message>
        <source>aws:SourceIp compared only with private ranges.</source>
        <translation>aws:SourceIp nur mit privaten Bereichen verglichen.</translation>
    </message>
    <message>
        <source>An Allow open to any principal without a pinning condition.</source>
        <translation>Ein Allow für jeden Prinzipal ohne festlegende Bedingung.</translation>
    </message>
    <message>
        <source>An Allow open to any principal, limited only by principal or IP conditions.</source>
        <translation>Ein Allow für jeden Prinzipal, nur durch Prinzipal- oder IP-Bedingungen eingeschränkt.</translation>
    </message>
    <message>
        <source>Allow with NotPrincipal grants everyone except the listed principals.</source>
        <translation>Allow mit NotPrincipal gewährt allen außer den aufgeführten Prinzipalen Zugriff.</translation>
    </message>
    <message>
        <source>An Allow for principals of another account (needs the secret ARN).</source>
        <translation>Ein Allow für Prinzipale eines anderen Kontos (benötigt den Secret-ARN).</translation>
    </message>
    <message>
        <source>An open or cross-account Allow of PutResourcePolicy or DeleteResourcePolicy.</source>
        <translation>Ein offenes oder kontoübergreifendes Allow von PutResourcePolicy oder DeleteResourcePolicy.</translation>
    </message>
    <message>
        <source>Allow with NotAction grants every other action.</source>
        <translation>Allow mit NotAction gewährt jede andere Aktion.</translation>
    </message>
    <message>
        <source>ForAllValues on a single-valued key, true when the key is absent.</source>
        <translation>ForAllValues auf einem einwertigen Schlüssel, wahr, wenn der Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>An open or cross-account Allow whose condition holds when a key is absent.</source>
        <translation>Ein offenes oder kontoübergreifendes Allow, dessen Bedingung gilt, wenn ein Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>A Service principal without an aws:SourceAccount or aws:SourceArn condition.</source>
        <translation>Ein Service-Prinzipal ohne Bedingung auf aws:SourceAccount oder aws:SourceArn.</translation>
    </message>
    <message>
        <source>A Deny on VersionStage/VersionId that callers bypass by not passing the parameter.</source>
        <translation>Ein Deny auf VersionStage/VersionId, das Aufrufer umgehen, indem sie den Parameter nicht angeben.</translation>
    </message>
    <message>
        <source>The policy has no Version.</source>
        <translation>Die Richtlinie hat keine Version.</translation>
    </message>
    <message>
        <source>Version 2008-10-17, the old policy language.</source>
        <translation>Version 2008-10-17, die alte Richtliniensprache.</translation>
    </message>
    <message>
        <source>Two statements with the same Sid.</source>
        <translation>Zwei Anweisungen mit derselben Sid.</translation>
    </message>
    <message>
        <source>A Sid with characters other than letters and digits.</source>
        <translation>Eine Sid mit anderen Zeichen als Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A specific resource ARN instead of &quot;*&quot;.</source>
        <translation>Ein bestimmter Ressourcen-ARN statt &quot;*&quot;.</translation>
    </message>
    <message>
        <source>No Resource entry can match the secret.</source>
        <translation>Kein Resource-Eintrag kann auf das Secret passen.</translation>
    </message>
    <message>
        <source>An action that a secret policy never decides.</source>
        <translation>Eine Aktion, über die eine Secret-Richtlinie nie entscheidet.</translation>
    </message>
    <message>
        <source>An operator family that does not fit the key&apos;s type.</source>
        <translation>Eine Operatorfamilie, die nicht zum Typ des Schlüssels passt.</translation>
    </message>
    <message>
        <source>A condition value that cannot be read for its operator.</source>
        <translation>Ein Bedingungswert, der für seinen Operator nicht lesbar ist.</translation>
    </message>
    <message>
        <source>A wildcard in a value of an operator that compares literally.</source>
        <translation>Ein Platzhalter im Wert eines Operators, der wörtlich vergleicht.</translation>
    </message>
    <message>
        <source>A condition key that none of the statement&apos;s actions supplies.</source>
        <translation>Ein Bedingungsschlüssel, den keine Aktion der Anweisung liefert.</translation>
    </message>
    <message>
        <source>An Allow on VersionStage/VersionId that default GetSecretValue calls do not satisfy.</source>
        <translation>Ein Allow auf VersionStage/VersionId, das GetSecretValue-Standardaufrufe nicht erfüllen.</translation>
    </message>
    <message>
        <source>A VersionStage value that looks like a misspelt AWS stage.</source>
        <translation>Ein VersionStage-Wert, der wie eine falsch geschriebene AWS-Stage aussieht.</translation>
    </message>
    <message>
        <source>A principal given as the unique id of a deleted user or role.</source>
        <translation>Ein Prinzipal als eindeutige ID eines gelöschten Benutzers oder einer gelöschten Rolle.</translation>
    </message>
    <message>
        <source>A Federated or CanonicalUser principal in a secret policy.</source>
        <translation>Ein Federated- oder CanonicalUser-Prinzipal in einer Secret-Richtlinie.</translation>
    </message>
    <message>
        <source>Deny with NotPrincipal that misses the account or role of a listed principal.</source>
        <translation>Deny mit NotPrincipal, dem das Konto oder die Rolle eines aufgeführten Prinzipals fehlt.</translation>
    </message>
    <message>
        <source>Two condition pairs that no request satisfies together.</source>
        <translation>Zwei Bedingungspaare, die keine Anfrage zugleich erfüllt.</translation>
    </message>
    <message>
        <source>A network Deny that also blocks AWS services acting for you.</source>
        <translation>Ein Netzwerk-Deny, das auch AWS-Services blockiert, die für Sie handeln.</translation>
    </message>
    <message>
        <source>A Deny on Bool aws:MultiFactorAuthPresent false, which long-term keys bypass.</source>
        <translation>Ein Deny auf Bool aws:MultiFactorAuthPresent false, das langfristige Schlüssel umgehen.</translation>
    </message>
    <message>
        <source>A condition key of another service.</source>
        <translation>Ein Bedingungsschlüssel eines anderen Service.</translation>
    </message>
    <message>
        <source>A date with a time but no time zone.</source>
        <translation>Ein Datum mit Uhrzeit, aber ohne Zeitzone.</translation>
    </message>
    <message>
        <source>An operator recognised only ignoring case.</source>
        <translation>Ein Operator, der nur ohne Beachtung der Groß-/Kleinschreibung erkannt wird.</translation>
    </message>
    <message>
        <source>A policy variable in a Bool value.</source>
        <translation>Eine Richtlinienvariable in einem Bool-Wert.</translation>
    </message>
    <message>
        <source>An empty list.</source>
        <translation>Eine leere Liste.</translation>
    </message>
    <message>
        <source>An empty Condition, operator block or Principal.</source>
        <translation>Ein leeres Condition-Element, ein leerer Operatorblock oder ein leerer Principal.</translation>
    </message>
    <message>
        <source>An empty Sid.</source>
        <translation>Eine leere Sid.</translation>
    </message>
    <message>
        <source>An action covered by another of the same element.</source>
        <translation>Eine Aktion, die eine andere desselben Elements bereits abdeckt.</translation>
    </message>
    <message>
        <source>A resource covered by another of the same element.</source>
        <translation>Eine Ressource, die eine andere desselben Elements bereits abdeckt.</translation>
    </message>
    <message>
        <source>A principal listed twice or covered by its role.</source>
        <translation>Ein Prinzipal, der doppelt aufgeführt oder durch seine Rolle abgedeckt ist.</translation>
    </message>
    <message>
        <source>Two statements that say the same.</source>
        <translation>Zwei Anweisungen, die dasselbe sagen.</translation>
    </message>
    <message>
        <source>Several values under an ordering operator.</source>
        <translation>Mehrere Werte unter einem Vergleichsoperator für Größen.</translation>
    </message>
    <message>
        <source>A CIDR with bits set after the prefix.</source>
        <translation>Ein CIDR mit gesetzten Bits nach dem Präfix.</translation>
    </message>
    <message>
        <source>A wildcard in an action&apos;s service prefix.</source>
        <translation>Ein Platzhalter im Service-Präfix einer Aktion.</translation>
    </message>
    <message>
        <source>ForAnyValue:Null or ForAllValues:Null.</source>
        <translation>ForAnyValue:Null oder ForAllValues:Null.</translation>
    </message>
    <message>
        <source>A condition key not in its usual spelling.</source>
        <translation>Ein Bedingungsschlüssel, der nicht in seiner üblichen Schreibweise steht.</translation>
    </message>
    <message>
        <source>NotPrincipal instead of Principal &quot;*&quot; with aws:PrincipalArn.</source>
        <translation>NotPrincipal statt Principal &quot;*&quot; mit aws:PrincipalArn.</translation>
    </message>
    <message>
        <source>A secret ARN ending in &quot;-*&quot;.</source>
        <translation>Ein Secret-ARN, der auf &quot;-*&quot; endet.</translation>
    </message>
    <message>
        <source>The policy is close to 20,480 characters.</source>
        <translation>Die Richtlinie ist nahe an 20.480 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ExplainText</name>
    <message>
        <source>identity policies alone decide, and they were not given</source>
        <translation>allein die Identitätsrichtlinien entscheiden, und sie wurden nicht angegeben</translation>
    </message>
    <message>
        <source>identity policies alone decide</source>
        <translation>allein die Identitätsrichtlinien entscheiden</translation>
    </message>
    <message>
        <source>an explicit deny in the secret policy wins</source>
        <translation>ein ausdrückliches Deny in der Secret-Richtlinie gewinnt</translation>
    </message>
    <message>
        <source>an identity policy denies</source>
        <translation>eine Identitätsrichtlinie verweigert</translation>
    </message>
    <message>
        <source>anonymous: Secrets Manager accepts only signed requests</source>
        <translation>anonym: Secrets Manager nimmt nur signierte Anfragen an</translation>
    </message>
    <message>
        <source>federated and canonical-user callers never reach Secrets Manager as such</source>
        <translation>föderierte und kanonische Aufrufer erreichen Secrets Manager nie als solche</translation>
    </message>
    <message>
        <source>service principal: the secret policy alone decides</source>
        <translation>Dienstprinzipal: allein die Secret-Richtlinie entscheidet</translation>
    </message>
    <message>
        <source>root user of the owner account</source>
        <translation>Root-Benutzer des Eigentümerkontos</translation>
    </message>
    <message>
        <source>root user of another account: the secret policy&apos;s allow suffices</source>
        <translation>Root-Benutzer eines anderen Kontos: das Allow der Secret-Richtlinie genügt</translation>
    </message>
    <message>
        <source>root user of another account: the secret policy must allow</source>
        <translation>Root-Benutzer eines anderen Kontos: die Secret-Richtlinie muss erlauben</translation>
    </message>
    <message>
        <source>same account: the secret policy&apos;s grant suffices</source>
        <translation>selbes Konto: die Gewährung der Secret-Richtlinie genügt</translation>
    </message>
    <message>
        <source>same account: the account entry delegates to identity policies</source>
        <translation>selbes Konto: der Konto-Eintrag delegiert an die Identitätsrichtlinien</translation>
    </message>
    <message>
        <source>same account: identity policies decide</source>
        <translation>selbes Konto: die Identitätsrichtlinien entscheiden</translation>
    </message>
    <message>
        <source>cross-account: the secret policy must allow</source>
        <translation>kontoübergreifend: die Secret-Richtlinie muss erlauben</translation>
    </message>
    <message>
        <source>cross-account: identity policies must also allow</source>
        <translation>kontoübergreifend: auch die Identitätsrichtlinien müssen erlauben</translation>
    </message>
    <message>
        <source>the policy has no statements</source>
        <translation>die Richtlinie hat keine Anweisungen</translation>
    </message>
    <message>
        <source>not consulted: the action takes no resource</source>
        <translation>nicht herangezogen: die Aktion bezieht sich auf keine Ressource</translation>
    </message>
    <message>
        <source>statement has no principal</source>
        <translation>Anweisung hat keinen Prinzipal</translation>
    </message>
    <message>
        <source>principal is excluded by NotPrincipal</source>
        <translation>Prinzipal ist durch NotPrincipal ausgenommen</translation>
    </message>
    <message>
        <source>principal does not match</source>
        <translation>Prinzipal passt nicht</translation>
    </message>
    <message>
        <source>action is excluded by NotAction</source>
        <translation>Aktion ist durch NotAction ausgenommen</translation>
    </message>
    <message>
        <source>action does not match</source>
        <translation>Aktion passt nicht</translation>
    </message>
    <message>
        <source>resource is excluded by NotResource</source>
        <translation>Ressource ist durch NotResource ausgenommen</translation>
    </message>
    <message>
        <source>resource does not match</source>
        <translation>Ressource passt nicht</translation>
    </message>
    <message>
        <source>principal is not excluded by NotPrincipal</source>
        <translation>Prinzipal ist nicht durch NotPrincipal ausgenommen</translation>
    </message>
    <message>
        <source>principal matches</source>
        <translation>Prinzipal passt</translation>
    </message>
    <message>
        <source>action is not excluded by NotAction</source>
        <translation>Aktion ist nicht durch NotAction ausgenommen</translation>
    </message>
    <message>
        <source>action matches</source>
        <translation>Aktion passt</translation>
    </message>
    <message>
        <source>resource is not excluded by NotResource</source>
        <translation>Ressource ist nicht durch NotResource ausgenommen</translation>
    </message>
    <message>
        <source>resource matches</source>
        <translation>Ressource passt</translation>
    </message>
    <message>
        <source>key is absent</source>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <source>key is present</source>
        <translation>Schlüssel ist vorhanden</translation>
    </message>
    <message>
        <source>ForAnyValue:Null is always false</source>
        <translation>ForAnyValue:Null ist immer falsch</translation>
    </message>
    <message>
        <source>multivalued key needs ForAnyValue or ForAllValues</source>
        <translation>ein mehrwertiger Schlüssel braucht ForAnyValue oder ForAllValues</translation>
    </message>
    <message>
        <source>key has no values</source>
        <translation>Schlüssel hat keine Werte</translation>
    </message>
    <message>
        <source>no value matches</source>
        <translation>kein Wert passt</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>ungültiger Wert</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; does not match</source>
        <translation>Wert &quot;%1&quot; passt nicht</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; matches a listed value</source>
        <translation>Wert &quot;%1&quot; passt auf einen aufgeführten Wert</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; cannot be compared (invalid)</source>
        <translation>Wert &quot;%1&quot; ist nicht vergleichbar (ungültig)</translation>
    </message>
    <message>
        <source>condition %1 %2: %3</source>
        <translation>Bedingung %1 %2: %3</translation>
    </message>
    <message>
        <source>condition %1 %2 holds</source>
        <translation>Bedingung %1 %2 trifft zu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 takes no resource: the secret policy is not consulted</source>
        <translation>%1 bezieht sich auf keine Ressource: die Secret-Richtlinie wird nicht herangezogen</translation>
    </message>
    <message>
        <source>Statement %1 allows: %2</source>
        <translation>Anweisung %1 erlaubt: %2</translation>
    </message>
    <message>
        <source>Statement %1 denies: %2</source>
        <translation>Anweisung %1 verweigert: %2</translation>
    </message>
    <message>
        <source>Statement %1 (%2): %3</source>
        <translation>Anweisung %1 (%2): %3</translation>
    </message>
    <message>
        <source>Statement %1: %2</source>
        <translation>Anweisung %1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <source>and</source>
        <extracomment>Joins the last two names of a list: &quot;A, B and C&quot;.</extracomment>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <extracomment>Joins alternative values: &quot;&quot;a&quot; or &quot;b&quot;&quot;.</extracomment>
        <translation>oder</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Die Richtlinie ist kein gültiges JSON: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>%1 appears more than once in the same object. AWS rejects repeated keys; keep one %1 and put all its values in one array.</source>
        <translation>%1 kommt im selben Objekt mehr als einmal vor. AWS lehnt wiederholte Schlüssel ab; behalten Sie ein %1 und fassen Sie alle Werte in einem Array zusammen.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 is not a policy element. Did you mean %2? Element names are case-sensitive.</source>
        <translation>%1 ist kein Richtlinienelement. Meinten Sie %2? Bei Elementnamen wird Groß-/Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>%1 is not a policy element. Element names are case-sensitive.</source>
        <translation>%1 ist kein Richtlinienelement. Bei Elementnamen wird Groß-/Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>Version must be &quot;2012-10-17&quot; (current) or &quot;2008-10-17&quot; (old); found %1.</source>
        <translation>Version muss &quot;2012-10-17&quot; (aktuell) oder &quot;2008-10-17&quot; (alt) sein; gefunden: %1.</translation>
    </message>
    <message>
        <source>The policy has no statements. Add at least one statement.</source>
        <translation>Die Richtlinie hat keine Anweisungen. Fügen Sie mindestens eine Anweisung hinzu.</translation>
    </message>
    <message>
        <source>Effect must be exactly &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>Effect muss genau &quot;Allow&quot; oder &quot;Deny&quot; sein.</translation>
    </message>
    <message>
        <source>Effect must be exactly &quot;Allow&quot; or &quot;Deny&quot;, found %1.</source>
        <translation>Effect muss genau &quot;Allow&quot; oder &quot;Deny&quot; sein, gefunden: %1.</translation>
    </message>
    <message>
        <source>A statement in a secret policy must say whom it applies to. Add a &quot;Principal&quot; element, for example {&quot;AWS&quot;: &quot;arn:aws:iam::111122223333:role/Reader&quot;}.</source>
        <translation>Eine Anweisung in einer Secret-Richtlinie muss sagen, für wen sie gilt. Fügen Sie ein &quot;Principal&quot;-Element hinzu, zum Beispiel {&quot;AWS&quot;: &quot;arn:aws:iam::111122223333:role/Reader&quot;}.</translation>
    </message>
    <message>
        <source>Add an &quot;Action&quot; element listing the Secrets Manager actions this statement covers.</source>
        <translation>Fügen Sie ein &quot;Action&quot;-Element mit den Secrets-Manager-Aktionen hinzu, die diese Anweisung abdeckt.</translation>
    </message>
    <message>
        <source>Add &quot;Resource&quot;: &quot;*&quot;. In a secret policy &quot;*&quot; means the secret this policy is attached to.</source>
        <translation>Fügen Sie &quot;Resource&quot;: &quot;*&quot; hinzu. In einer Secret-Richtlinie bedeutet &quot;*&quot; das Secret, an das die Richtlinie angehängt ist.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used in the same statement. Keep one of them.</source>
        <translation>%1 und %2 können nicht in derselben Anweisung stehen. Behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>%1 must be %2; found %3.</source>
        <translation>%1 muss %2 sein; gefunden: %3.</translation>
    </message>
    <message>
        <source>%1 is not a valid principal. Use &quot;*&quot;, an account id, or the ARN of an account, user, role or role session under &quot;AWS&quot;.</source>
        <translation>%1 ist kein gültiger Prinzipal. Verwenden Sie unter &quot;AWS&quot; &quot;*&quot;, eine Konto-ID oder den ARN eines Kontos, Benutzers, einer Rolle oder Rollensitzung.</translation>
    </message>
    <message>
        <source>Wildcards do not work inside a principal ARN; this entry matches nobody. To allow a group of principals use &quot;Principal&quot;: &quot;*&quot; with a condition such as &quot;ArnLike&quot;: {&quot;aws:PrincipalArn&quot;: %1}.</source>
        <translation>Platzhalter funktionieren in einem Prinzipal-ARN nicht; dieser Eintrag passt auf niemanden. Um eine Gruppe von Prinzipalen zuzulassen, verwenden Sie &quot;Principal&quot;: &quot;*&quot; mit einer Bedingung wie &quot;ArnLike&quot;: {&quot;aws:PrincipalArn&quot;: %1}.</translation>
    </message>
    <message>
        <source>%1 is not an action. Write it as service:ActionName, for example &quot;secretsmanager:GetSecretValue&quot;.</source>
        <translation>%1 ist keine Aktion. Schreiben Sie sie als service:ActionName, zum Beispiel &quot;secretsmanager:GetSecretValue&quot;.</translation>
    </message>
    <message>
        <source>%1 is not an AWS service prefix. Did you mean &quot;secretsmanager&quot;?</source>
        <translation>%1 ist kein AWS-Service-Präfix. Meinten Sie &quot;secretsmanager&quot;?</translation>
    </message>
    <message>
        <source>%1 matches no Secrets Manager action. Did you mean %2?</source>
        <translation>%1 passt auf keine Secrets-Manager-Aktion. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 matches no Secrets Manager action.</source>
        <translation>%1 passt auf keine Secrets-Manager-Aktion.</translation>
    </message>
    <message>
        <source>%1 is not a Secrets Manager action. A secret policy only controls Secrets Manager actions on this secret; grant KMS permissions in the key policy.</source>
        <translation>%1 ist keine Secrets-Manager-Aktion. Eine Secret-Richtlinie steuert nur Secrets-Manager-Aktionen auf diesem Secret; gewähren Sie KMS-Berechtigungen in der Schlüsselrichtlinie.</translation>
    </message>
    <message>
        <source>%1 is not a Secrets Manager action. A secret policy only controls Secrets Manager actions on this secret; grant it in an identity policy.</source>
        <translation>%1 ist keine Secrets-Manager-Aktion. Eine Secret-Richtlinie steuert nur Secrets-Manager-Aktionen auf diesem Secret; gewähren Sie sie in einer Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>%1 is not a valid resource ARN (%2); this entry matches nothing. In a secret policy use &quot;*&quot;.</source>
        <translation>%1 ist kein gültiger Ressourcen-ARN (%2); dieser Eintrag passt auf nichts. Verwenden Sie in einer Secret-Richtlinie &quot;*&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a condition operator. Did you mean %2?</source>
        <translation>%1 ist kein Bedingungsoperator. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 is not a condition operator.</source>
        <translation>%1 ist kein Bedingungsoperator.</translation>
    </message>
    <message>
        <source>%1 is not a condition key. Keys look like aws:SourceIp or secretsmanager:VersionStage; tag keys need a tag name after the slash.</source>
        <translation>%1 ist kein Bedingungsschlüssel. Schlüssel sehen aus wie aws:SourceIp oder secretsmanager:VersionStage; Tag-Schlüssel brauchen nach dem Schrägstrich einen Tag-Namen.</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. Did you mean %2?. AWS never sets unknown keys, so this condition can never be true.</source>
        <translation>%1 ist kein bekannter Bedingungsschlüssel. Meinten Sie %2? AWS setzt unbekannte Schlüssel nie, daher kann diese Bedingung nie wahr sein.</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. Did you mean %2?. AWS never sets unknown keys, so this condition is always true for a negated operator.</source>
        <translation>%1 ist kein bekannter Bedingungsschlüssel. Meinten Sie %2? AWS setzt unbekannte Schlüssel nie, daher ist diese Bedingung bei einem negierten Operator immer wahr.</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. AWS never sets unknown keys, so this condition can never be true.</source>
        <translation>%1 ist kein bekannter Bedingungsschlüssel. AWS setzt unbekannte Schlüssel nie, daher kann diese Bedingung nie wahr sein.</translation>
    </message>
    <message>
        <source>%1 is not a known condition key. AWS never sets unknown keys, so this condition is always true for a negated operator.</source>
        <translation>%1 ist kein bekannter Bedingungsschlüssel. AWS setzt unbekannte Schlüssel nie, daher ist diese Bedingung bei einem negierten Operator immer wahr.</translation>
    </message>
    <message>
        <source>%1 can hold several values, so compare it with ForAnyValue:%2 or ForAllValues:%2. Without one of them the condition is never true when the key is present.</source>
        <translation>%1 kann mehrere Werte enthalten; vergleichen Sie ihn daher mit ForAnyValue:%2 oder ForAllValues:%2. Ohne eines davon ist die Bedingung nie wahr, wenn der Schlüssel vorhanden ist.</translation>
    </message>
    <message>
        <source>Give %1 a single value, &quot;true&quot; or &quot;false&quot;.</source>
        <translation>Geben Sie %1 einen einzigen Wert, &quot;true&quot; oder &quot;false&quot;.</translation>
    </message>
    <message>
        <source>The policy variable %1 is malformed: %2. Write ${key} or ${key, &apos;default&apos;}.</source>
        <translation>Die Richtlinienvariable %1 ist fehlerhaft: %2. Schreiben Sie ${key} oder ${key, &apos;default&apos;}.</translation>
    </message>
    <message>
        <source>%1 is only a policy variable when &quot;Version&quot; is &quot;2012-10-17&quot;. In this policy it is compared as literal text. Add &quot;Version&quot;: &quot;2012-10-17&quot;.</source>
        <translation>%1 ist nur dann eine Richtlinienvariable, wenn &quot;Version&quot; &quot;2012-10-17&quot; ist. In dieser Richtlinie wird es als wörtlicher Text verglichen. Fügen Sie &quot;Version&quot;: &quot;2012-10-17&quot; hinzu.</translation>
    </message>
    <message>
        <source>Policy variables are not substituted in %1; %2 is taken literally. Variables work in the resource part of an ARN and in String and ARN condition values.</source>
        <translation>Richtlinienvariablen werden in %1 nicht ersetzt; %2 wird wörtlich genommen. Variablen funktionieren im Ressourcenteil eines ARN und in String- und ARN-Bedingungswerten.</translation>
    </message>
    <message>
        <source>%1 can hold several values and cannot be used as a variable; the value containing it never matches.</source>
        <translation>%1 kann mehrere Werte enthalten und nicht als Variable verwendet werden; der Wert, der ihn enthält, passt nie.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same condition key (names ignore case). Keep one.</source>
        <translation>%1 und %2 sind derselbe Bedingungsschlüssel (Namen ignorieren Groß-/Kleinschreibung). Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The policy has %1 characters; Secrets Manager accepts at most 20,480, whitespace included. Remove whitespace or merge statements.</source>
        <translation>Die Richtlinie hat %1 Zeichen; Secrets Manager akzeptiert höchstens 20.480, Leerraum eingeschlossen. Entfernen Sie Leerraum oder fassen Sie Anweisungen zusammen.</translation>
    </message>
    <message>
        <source>aws:SourceIp only ever holds public addresses, so this condition never matches. For private addresses behind a VPC endpoint use aws:VpcSourceIp.</source>
        <translation>aws:SourceIp enthält immer nur öffentliche Adressen, daher passt diese Bedingung nie. Für private Adressen hinter einem VPC-Endpunkt verwenden Sie aws:VpcSourceIp.</translation>
    </message>
    <message>
        <source>aws:SourceIp only ever holds public addresses, so this condition always matches. For private addresses behind a VPC endpoint use aws:VpcSourceIp.</source>
        <translation>aws:SourceIp enthält immer nur öffentliche Adressen, daher passt diese Bedingung immer. Für private Adressen hinter einem VPC-Endpunkt verwenden Sie aws:VpcSourceIp.</translation>
    </message>
    <message>
        <source>Anyone in any AWS account can call %1 on this secret. Secrets Manager refuses this policy when BlockPublicPolicy is set. Name the principals, or pin the statement with a fixed aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceVpc or aws:SourceVpce condition.</source>
        <translation>Jeder in jedem AWS-Konto kann %1 auf diesem Secret aufrufen. Secrets Manager lehnt diese Richtlinie ab, wenn BlockPublicPolicy gesetzt ist. Nennen Sie die Prinzipale oder legen Sie die Anweisung mit einer festen Bedingung auf aws:SourceAccount, aws:SourceArn, aws:SourceOwner, aws:SourceVpc oder aws:SourceVpce fest.</translation>
    </message>
    <message>
        <source>This statement is open to any principal that satisfies %1. Secrets Manager may still treat it as broad access and refuse it with BlockPublicPolicy; naming the accounts in &quot;Principal&quot; is safer.</source>
        <translation>Diese Anweisung ist für jeden Prinzipal offen, der %1 erfüllt. Secrets Manager kann sie dennoch als breiten Zugriff werten und mit BlockPublicPolicy ablehnen; die Konten in &quot;Principal&quot; zu nennen ist sicherer.</translation>
    </message>
    <message>
        <source>&quot;Allow&quot; with &quot;NotPrincipal&quot; grants everyone except the listed principals, including every other AWS account and unauthenticated callers. AWS no longer supports this combination in most policies. Use &quot;Principal&quot; instead.</source>
        <translation>&quot;Allow&quot; mit &quot;NotPrincipal&quot; gewährt allen außer den aufgeführten Prinzipalen Zugriff, auch jedem anderen AWS-Konto und nicht authentifizierten Aufrufern. AWS unterstützt diese Kombination in den meisten Richtlinien nicht mehr. Verwenden Sie stattdessen &quot;Principal&quot;.</translation>
    </message>
    <message>
        <source>Principals of account %1 can call %2 on this secret once their own identity policies allow it. Reading the value from another account also requires a customer managed KMS key that allows them kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used from another account.</source>
        <translation>Prinzipale des Kontos %1 können %2 auf diesem Secret aufrufen, sobald ihre eigenen Identitätsrichtlinien es erlauben. Den Wert aus einem anderen Konto zu lesen erfordert außerdem einen kundenverwalteten KMS-Schlüssel, der ihnen kms:Decrypt erlaubt; der AWS-verwaltete Schlüssel aws/secretsmanager ist aus einem anderen Konto nicht nutzbar.</translation>
    </message>
    <message>
        <source>Principals of accounts %1 can call %2 on this secret once their own identity policies allow it. Reading the value from another account also requires a customer managed KMS key that allows them kms:Decrypt; the AWS managed key aws/secretsmanager cannot be used from another account.</source>
        <translation>Prinzipale der Konten %1 können %2 auf diesem Secret aufrufen, sobald ihre eigenen Identitätsrichtlinien es erlauben. Den Wert aus einem anderen Konto zu lesen erfordert außerdem einen kundenverwalteten KMS-Schlüssel, der ihnen kms:Decrypt erlaubt; der AWS-verwaltete Schlüssel aws/secretsmanager ist aus einem anderen Konto nicht nutzbar.</translation>
    </message>
    <message>
        <source>%1 can rewrite this policy (through %2) and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account %3.</source>
        <translation>%1 kann diese Richtlinie überschreiben (über %2) und sich oder anderen so beliebigen Zugriff auf das Secret geben. Gewähren Sie die Verwaltung der Richtlinie nur Administratoren des Kontos %3.</translation>
    </message>
    <message>
        <source>%1 can delete this policy (through %2) and so give themselves or anyone else any access to the secret. Grant policy management only to administrators of account %3.</source>
        <translation>%1 kann diese Richtlinie löschen (über %2) und sich oder anderen so beliebigen Zugriff auf das Secret geben. Gewähren Sie die Verwaltung der Richtlinie nur Administratoren des Kontos %3.</translation>
    </message>
    <message>
        <source>&quot;NotAction&quot; with &quot;Allow&quot; grants every other action, including PutResourcePolicy, DeleteResourcePolicy and any action Secrets Manager adds later. List the allowed actions in &quot;Action&quot; instead.</source>
        <translation>&quot;NotAction&quot; mit &quot;Allow&quot; gewährt jede andere Aktion, auch PutResourcePolicy, DeleteResourcePolicy und jede Aktion, die Secrets Manager künftig hinzufügt. Führen Sie die erlaubten Aktionen stattdessen in &quot;Action&quot; auf.</translation>
    </message>
    <message>
        <source>ForAllValues is true when %1 is absent, so this condition lets through every request that lacks the key. %1 holds one value; drop &quot;ForAllValues:&quot;.</source>
        <translation>ForAllValues ist wahr, wenn %1 fehlt, daher lässt diese Bedingung jede Anfrage ohne den Schlüssel durch. %1 enthält einen einzigen Wert; entfernen Sie &quot;ForAllValues:&quot;.</translation>
    </message>
    <message>
        <source>%1 on %2 is also true when the request has no %2 (for example %3), so this statement grants more than it appears to.</source>
        <translation>%1 auf %2 ist auch wahr, wenn die Anfrage kein %2 hat (zum Beispiel %3), daher gewährt diese Anweisung mehr, als es scheint.</translation>
    </message>
    <message>
        <source>%1 can use this permission on behalf of any AWS customer. Add &quot;StringEquals&quot;: {&quot;aws:SourceAccount&quot;: &quot;%2&quot;} (or aws:SourceArn) so that only requests made for your resources are allowed.</source>
        <translation>%1 kann diese Berechtigung im Auftrag jedes AWS-Kunden nutzen. Fügen Sie &quot;StringEquals&quot;: {&quot;aws:SourceAccount&quot;: &quot;%2&quot;} (oder aws:SourceArn) hinzu, damit nur Anfragen für Ihre Ressourcen erlaubt sind.</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. A caller who asks for an old version by VersionId is not denied. Use plain &quot;%4&quot; instead (then every caller has to pass %1).</source>
        <translation>Dieses Deny gilt nicht für Aufrufe, die %1 nicht angeben: %2 fehlt dann, und &quot;%3&quot; ist für einen fehlenden Schlüssel falsch. Ein Aufrufer, der eine alte Version per VersionId anfordert, wird nicht abgewiesen. Verwenden Sie stattdessen einfaches &quot;%4&quot; (dann muss jeder Aufrufer %1 angeben).</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. A caller who asks for an old version by VersionId is not denied.</source>
        <translation>Dieses Deny gilt nicht für Aufrufe, die %1 nicht angeben: %2 fehlt dann, und &quot;%3&quot; ist für einen fehlenden Schlüssel falsch. Ein Aufrufer, der eine alte Version per VersionId anfordert, wird nicht abgewiesen.</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key. Use plain &quot;%4&quot; instead (then every caller has to pass %1).</source>
        <translation>Dieses Deny gilt nicht für Aufrufe, die %1 nicht angeben: %2 fehlt dann, und &quot;%3&quot; ist für einen fehlenden Schlüssel falsch. Verwenden Sie stattdessen einfaches &quot;%4&quot; (dann muss jeder Aufrufer %1 angeben).</translation>
    </message>
    <message>
        <source>This Deny does not apply to calls that do not pass %1: %2 is then absent, and &quot;%3&quot; is false for an absent key.</source>
        <translation>Dieses Deny gilt nicht für Aufrufe, die %1 nicht angeben: %2 fehlt dann, und &quot;%3&quot; ist für einen fehlenden Schlüssel falsch.</translation>
    </message>
    <message>
        <source>Add &quot;Version&quot;: &quot;2012-10-17&quot;. Without it the old 2008-10-17 language applies, in which policy variables are plain text.</source>
        <translation>Fügen Sie &quot;Version&quot;: &quot;2012-10-17&quot; hinzu. Ohne sie gilt die alte Sprache 2008-10-17, in der Richtlinienvariablen einfacher Text sind.</translation>
    </message>
    <message>
        <source>&quot;2008-10-17&quot; is the old policy language. Use &quot;2012-10-17&quot;.</source>
        <translation>&quot;2008-10-17&quot; ist die alte Richtliniensprache. Verwenden Sie &quot;2012-10-17&quot;.</translation>
    </message>
    <message>
        <source>Sid %1 is used by statements %2 and %3. Give each statement its own Sid so results and logs can tell them apart.</source>
        <translation>Die Sid %1 wird von den Anweisungen %2 und %3 verwendet. Geben Sie jeder Anweisung eine eigene Sid, damit Ergebnisse und Protokolle sie unterscheiden können.</translation>
    </message>
    <message>
        <source>IAM policies allow only letters and digits in a Sid. Secrets Manager does not document its rule; %1 may be refused.</source>
        <translation>IAM-Richtlinien erlauben in einer Sid nur Buchstaben und Ziffern. Secrets Manager dokumentiert seine Regel nicht; %1 wird möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>A secret policy always applies to its own secret, and &quot;Resource&quot;: &quot;*&quot; says exactly that. A specific ARN silently stops matching if this policy is copied to another secret or the secret is re-created with a new suffix.</source>
        <translation>Eine Secret-Richtlinie gilt immer für ihr eigenes Secret, und &quot;Resource&quot;: &quot;*&quot; sagt genau das. Ein bestimmter ARN passt stillschweigend nicht mehr, wenn die Richtlinie auf ein anderes Secret kopiert oder das Secret mit neuem Suffix neu erstellt wird.</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match the secret&apos;s ARN. Secret ARNs end in a hyphen and six random characters; use &quot;...%2-??????&quot; or &quot;*&quot;.</source>
        <translation>Diese Anweisung gilt nie: %1 passt nicht auf den ARN des Secrets. Secret-ARNs enden auf einen Bindestrich und sechs zufällige Zeichen; verwenden Sie &quot;...%2-??????&quot; oder &quot;*&quot;.</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match the secret&apos;s ARN.</source>
        <translation>Diese Anweisung gilt nie: %1 passt nicht auf den ARN des Secrets.</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match any secret ARN. Secret ARNs end in a hyphen and six random characters; use &quot;...%2-??????&quot; or &quot;*&quot;.</source>
        <translation>Diese Anweisung gilt nie: %1 passt auf keinen Secret-ARN. Secret-ARNs enden auf einen Bindestrich und sechs zufällige Zeichen; verwenden Sie &quot;...%2-??????&quot; oder &quot;*&quot;.</translation>
    </message>
    <message>
        <source>This statement never applies: %1 does not match any secret ARN.</source>
        <translation>Diese Anweisung gilt nie: %1 passt auf keinen Secret-ARN.</translation>
    </message>
    <message>
        <source>%1 is never decided by a secret policy (%2). Grant it in an identity policy.</source>
        <translation>Über %1 entscheidet nie eine Secret-Richtlinie (%2). Gewähren Sie die Aktion in einer Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>%1 is a %2 key; compare it with a %3 operator, not %4.</source>
        <translation>%1 ist ein Schlüssel vom Typ %2; vergleichen Sie ihn mit einem %3-Operator, nicht mit %4.</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 for %3, so this comparison can never be true.</source>
        <translation>%1 ist für %3 kein gültiger Wert vom Typ %2, daher kann dieser Vergleich nie wahr sein.</translation>
    </message>
    <message>
        <source>%1 contains %2, which %3 compares literally. Use %4 if you meant a wildcard.</source>
        <translation>%1 enthält %2, das %3 wörtlich vergleicht. Verwenden Sie %4, wenn Sie einen Platzhalter meinten.</translation>
    </message>
    <message>
        <source>%1 is never present for %2, so for them this statement never applies.</source>
        <translation>%1 ist für %2 nie vorhanden, daher gilt diese Anweisung für sie nie.</translation>
    </message>
    <message>
        <source>%1 is never present for %2, so for them this condition is decided as if the key were absent.</source>
        <translation>%1 ist für %2 nie vorhanden, daher wird diese Bedingung für sie so entschieden, als fehlte der Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is present only when the caller passes the %2 parameter. Calls that rely on the default (AWSCURRENT), and every BatchGetSecretValue call, are not allowed by this statement. Make sure clients pass VersionStage=AWSCURRENT.</source>
        <translation>%1 ist nur vorhanden, wenn der Aufrufer den Parameter %2 angibt. Aufrufe, die sich auf den Standard (AWSCURRENT) verlassen, und jeder BatchGetSecretValue-Aufruf werden von dieser Anweisung nicht erlaubt. Stellen Sie sicher, dass Clients VersionStage=AWSCURRENT angeben.</translation>
    </message>
    <message>
        <source>%1 is not a stage Secrets Manager uses; did you mean %2? Stage names are compared exactly.</source>
        <translation>%1 ist keine Stage, die Secrets Manager verwendet; meinten Sie %2? Stage-Namen werden exakt verglichen.</translation>
    </message>
    <message>
        <source>%1 is the internal id of a user or role that was probably deleted. It matches no one now, and re-creating the principal with the same name does not bring access back. Replace it with the principal&apos;s ARN or remove it.</source>
        <translation>%1 ist die interne ID eines Benutzers oder einer Rolle, die vermutlich gelöscht wurde. Sie passt jetzt auf niemanden, und das Neuanlegen des Prinzipals mit demselben Namen bringt den Zugriff nicht zurück. Ersetzen Sie sie durch den ARN des Prinzipals oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 principals never call Secrets Manager directly: web-identity and SAML users arrive as assumed-role sessions, and canonical users are an Amazon S3 concept. Name the role ARN under &quot;AWS&quot; instead.</source>
        <translation>%1-Prinzipale rufen Secrets Manager nie direkt auf: Web-Identity- und SAML-Benutzer kommen als Sitzungen übernommener Rollen an, und kanonische Benutzer sind ein Konzept von Amazon S3. Nennen Sie stattdessen den Rollen-ARN unter &quot;AWS&quot;.</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its role. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>Um %1 von diesem Deny auszunehmen, muss NotPrincipal auch %2 aufführen; sonst kann das Deny weiterhin über seine Rolle greifen. Sitzungen lassen sich nicht mit einem Platzhalter ausnehmen. Besser: &quot;Principal&quot;: &quot;*&quot; mit &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its account. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>Um %1 von diesem Deny auszunehmen, muss NotPrincipal auch %2 aufführen; sonst kann das Deny weiterhin über sein Konto greifen. Sitzungen lassen sich nicht mit einem Platzhalter ausnehmen. Besser: &quot;Principal&quot;: &quot;*&quot; mit &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>To exempt %1 from this Deny, NotPrincipal must also list %2; otherwise the Deny can still apply through its role or account. Sessions cannot be exempted with a wildcard. Prefer &quot;Principal&quot;: &quot;*&quot; with &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</source>
        <translation>Um %1 von diesem Deny auszunehmen, muss NotPrincipal auch %2 aufführen; sonst kann das Deny weiterhin über seine Rolle oder sein Konto greifen. Sitzungen lassen sich nicht mit einem Platzhalter ausnehmen. Besser: &quot;Principal&quot;: &quot;*&quot; mit &quot;ArnNotEquals&quot;: {&quot;aws:PrincipalArn&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>This Allow statement can never apply: %1.</source>
        <translation>Diese Allow-Anweisung kann nie greifen: %1.</translation>
    </message>
    <message>
        <source>This Deny statement can never apply: %1.</source>
        <translation>Diese Deny-Anweisung kann nie greifen: %1.</translation>
    </message>
    <message>
        <source>Requests that AWS services make for you (for example a rotation Lambda function, or CloudFormation) come from AWS addresses and not through your endpoint, so this Deny also blocks them. Exempt them with &quot;Bool&quot;: {&quot;aws:ViaAWSService&quot;: &quot;false&quot;} or {&quot;aws:PrincipalIsAWSService&quot;: &quot;false&quot;} in the same statement, if that is acceptable.</source>
        <translation>Anfragen, die AWS-Services für Sie stellen (zum Beispiel eine Lambda-Funktion zur Rotation oder CloudFormation), kommen von AWS-Adressen und nicht über Ihren Endpunkt, daher blockiert dieses Deny auch sie. Nehmen Sie sie in derselben Anweisung mit &quot;Bool&quot;: {&quot;aws:ViaAWSService&quot;: &quot;false&quot;} oder {&quot;aws:PrincipalIsAWSService&quot;: &quot;false&quot;} aus, sofern das akzeptabel ist.</translation>
    </message>
    <message>
        <source>aws:MultiFactorAuthPresent is absent for long-term access keys, so this Deny does not stop them. Use &quot;BoolIfExists&quot; to deny every request without MFA.</source>
        <translation>aws:MultiFactorAuthPresent fehlt bei langfristigen Zugriffsschlüsseln, daher hält dieses Deny sie nicht auf. Verwenden Sie &quot;BoolIfExists&quot;, um jede Anfrage ohne MFA abzuweisen.</translation>
    </message>
    <message>
        <source>%1 belongs to another service and is never present in a Secrets Manager request.</source>
        <translation>%1 gehört zu einem anderen Service und ist in einer Secrets-Manager-Anfrage nie vorhanden.</translation>
    </message>
    <message>
        <source>%1 has no time zone; it is read as UTC. Add &quot;Z&quot; or an offset.</source>
        <translation>%1 hat keine Zeitzone; es wird als UTC gelesen. Fügen Sie &quot;Z&quot; oder einen Versatz hinzu.</translation>
    </message>
    <message>
        <source>Write %1. AWS documents operators with this exact spelling; other spellings may be refused.</source>
        <translation>Schreiben Sie %1. AWS dokumentiert Operatoren in genau dieser Schreibweise; andere Schreibweisen werden möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>AWS&apos;s documentation disagrees on whether variables work with Bool; use a String operator or a literal value.</source>
        <translation>Die AWS-Dokumentation ist sich uneins, ob Variablen mit Bool funktionieren; verwenden Sie einen String-Operator oder einen festen Wert.</translation>
    </message>
    <message>
        <source>An empty list never matches; this statement never applies.</source>
        <translation>Eine leere Liste passt nie; diese Anweisung gilt nie.</translation>
    </message>
    <message>
        <source>An empty list matches only when %1 is absent; use &quot;Null&quot;: {%2: &quot;true&quot;} to say that.</source>
        <translation>Eine leere Liste passt nur, wenn %1 fehlt; verwenden Sie &quot;Null&quot;: {%2: &quot;true&quot;}, um das auszudrücken.</translation>
    </message>
    <message>
        <source>An empty list under %1 matches whenever %2 is present; use &quot;Null&quot;: {%3: &quot;false&quot;} to say that.</source>
        <translation>Eine leere Liste unter %1 passt immer, wenn %2 vorhanden ist; verwenden Sie &quot;Null&quot;: {%3: &quot;false&quot;}, um das auszudrücken.</translation>
    </message>
    <message>
        <source>An empty list under %1 is always true, so this condition has no effect. Add values or remove it.</source>
        <translation>Eine leere Liste unter %1 ist immer wahr, daher hat diese Bedingung keine Wirkung. Fügen Sie Werte hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>%1 lists nothing and matches nothing. Add values or remove the statement.</source>
        <translation>%1 führt nichts auf und passt auf nichts. Fügen Sie Werte hinzu oder entfernen Sie die Anweisung.</translation>
    </message>
    <message>
        <source>%1 lists nothing and matches nothing; the statement never applies. Add values or remove the statement.</source>
        <translation>%1 führt nichts auf und passt auf nichts; die Anweisung gilt nie. Fügen Sie Werte hinzu oder entfernen Sie die Anweisung.</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every action. List what to exclude.</source>
        <translation>Ein leeres %1 schließt nichts aus, daher gilt die Anweisung für jede Aktion. Führen Sie auf, was ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every resource. List what to exclude.</source>
        <translation>Ein leeres %1 schließt nichts aus, daher gilt die Anweisung für jede Ressource. Führen Sie auf, was ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <source>An empty %1 excludes nothing, so the statement applies to every principal. List what to exclude.</source>
        <translation>Ein leeres %1 schließt nichts aus, daher gilt die Anweisung für jeden Prinzipal. Führen Sie auf, was ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <source>This &quot;Principal&quot; is empty and has no effect; the statement names no principal and never applies. Remove it.</source>
        <translation>Dieses &quot;Principal&quot; ist leer und hat keine Wirkung; die Anweisung nennt keinen Prinzipal und gilt nie. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>This &quot;Condition&quot; is empty and has no effect. Remove it.</source>
        <translation>Dieses &quot;Condition&quot; ist leer und hat keine Wirkung. Entfernen Sie es.</translation>
    </message>
    <message>
        <source>This %1 block is empty and has no effect. Remove it.</source>
        <translation>Dieser %1-Block ist leer und hat keine Wirkung. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Give the statement a Sid or remove the empty one.</source>
        <translation>Geben Sie der Anweisung eine Sid oder entfernen Sie die leere.</translation>
    </message>
    <message>
        <source>%1 is already covered by %2.</source>
        <translation>%1 ist bereits durch %2 abgedeckt.</translation>
    </message>
    <message>
        <source>Statement %1 repeats statement %2. Remove one; otherwise an edit to one copy may leave the other granting the old permissions.</source>
        <translation>Anweisung %1 wiederholt Anweisung %2. Entfernen Sie eine; sonst kann eine Änderung an einer Kopie die andere mit den alten Berechtigungen zurücklassen.</translation>
    </message>
    <message>
        <source>Only %1 matters here; the other values are redundant.</source>
        <translation>Nur %1 zählt hier; die anderen Werte sind überflüssig.</translation>
    </message>
    <message>
        <source>The bits after /%1 are ignored; write %2.</source>
        <translation>Die Bits nach /%1 werden ignoriert; schreiben Sie %2.</translation>
    </message>
    <message>
        <source>A wildcard in the service name may match other services&apos; actions. Write &quot;secretsmanager:&quot;.</source>
        <translation>Ein Platzhalter im Service-Namen kann auf Aktionen anderer Services passen. Schreiben Sie &quot;secretsmanager:&quot;.</translation>
    </message>
    <message>
        <source>&quot;Null&quot; only tests whether %1 is present; with ForAllValues it is always true and with ForAnyValue always false. Use plain &quot;Null&quot;.</source>
        <translation>&quot;Null&quot; prüft nur, ob %1 vorhanden ist; mit ForAllValues ist es immer wahr und mit ForAnyValue immer falsch. Verwenden Sie einfaches &quot;Null&quot;.</translation>
    </message>
    <message>
        <source>Condition key names ignore case, but the usual spelling is %1.</source>
        <translation>Namen von Bedingungsschlüsseln ignorieren Groß-/Kleinschreibung, aber die übliche Schreibweise ist %1.</translation>
    </message>
    <message>
        <source>AWS recommends &quot;Principal&quot;: &quot;*&quot; with an &quot;ArnNotEquals&quot; condition on aws:PrincipalArn instead of NotPrincipal; it is easier to reason about and also covers role sessions.</source>
        <translation>AWS empfiehlt &quot;Principal&quot;: &quot;*&quot; mit einer &quot;ArnNotEquals&quot;-Bedingung auf aws:PrincipalArn statt NotPrincipal; das ist leichter nachzuvollziehen und deckt auch Rollensitzungen ab.</translation>
    </message>
    <message>
        <source>&quot;-*&quot; also matches other secrets whose names start with %1. Use &quot;-??????&quot; to match exactly this secret&apos;s six-character suffix, or &quot;*&quot;.</source>
        <translation>&quot;-*&quot; passt auch auf andere Secrets, deren Namen mit %1 beginnen. Verwenden Sie &quot;-??????&quot;, um genau das sechsstellige Suffix dieses Secrets zu treffen, oder &quot;*&quot;.</translation>
    </message>
    <message>
        <source>The policy uses %1 of 20,480 characters. Whitespace counts; consider compacting it.</source>
        <translation>Die Richtlinie nutzt %1 von 20.480 Zeichen. Leerraum zählt mit; erwägen Sie, sie zu verdichten.</translation>
    </message>
    <message>
        <source>The policy</source>
        <translation>Die Richtlinie</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>The operator block %1</source>
        <translation>Der Operatorblock %1</translation>
    </message>
    <message>
        <source>Each entry of %1</source>
        <translation>Jeder Eintrag von %1</translation>
    </message>
    <message>
        <source>The value of %1</source>
        <translation>Der Wert von %1</translation>
    </message>
    <message>
        <source>Each value of %1</source>
        <translation>Jeder Wert von %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a string or an array of strings</source>
        <translation>eine Zeichenkette oder ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>a string, number or boolean</source>
        <translation>eine Zeichenkette, Zahl oder ein boolescher Wert</translation>
    </message>
    <message>
        <source>a string, number or boolean, or an array of them</source>
        <translation>eine Zeichenkette, Zahl oder ein boolescher Wert oder ein Array davon</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Boolean (&quot;true&quot; or &quot;false&quot;)</source>
        <translation>Boolean (&quot;true&quot; oder &quot;false&quot;)</translation>
    </message>
    <message>
        <source>IP address or CIDR range</source>
        <translation>IP-Adresse oder CIDR-Bereich</translation>
    </message>
    <message>
        <source>base64 value</source>
        <translation>Base64-Wert</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>it does not start with &quot;arn:&quot;</source>
        <translation>er beginnt nicht mit &quot;arn:&quot;</translation>
    </message>
    <message>
        <source>it has fewer than six colon-separated fields</source>
        <translation>er hat weniger als sechs durch Doppelpunkte getrennte Felder</translation>
    </message>
    <message>
        <source>the service field contains a wildcard</source>
        <translation>das Service-Feld enthält einen Platzhalter</translation>
    </message>
    <message>
        <source>the service field has upper-case letters</source>
        <translation>das Service-Feld enthält Großbuchstaben</translation>
    </message>
    <message>
        <source>the secret does not exist yet when it is called</source>
        <translation>das Secret existiert beim Aufruf noch nicht</translation>
    </message>
    <message>
        <source>it does not act on one secret</source>
        <translation>sie wirkt nicht auf ein einzelnes Secret</translation>
    </message>
    <message>
        <source>it has no closing &quot;}&quot;</source>
        <translation>es fehlt die schließende &quot;}&quot;</translation>
    </message>
    <message>
        <source>the variable name is empty</source>
        <translation>der Variablenname ist leer</translation>
    </message>
    <message>
        <source>the variable name contains a space</source>
        <translation>der Variablenname enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>the default value must be written , &apos;value&apos;</source>
        <translation>der Standardwert muss als , &apos;value&apos; geschrieben werden</translation>
    </message>
    <message>
        <source>condition keys</source>
        <translation>Bedingungsschlüsseln</translation>
    </message>
    <message>
        <source>%1 values</source>
        <translation>%1-Werten</translation>
    </message>
    <message>
        <source>the first five fields of an ARN</source>
        <translation>den ersten fünf Feldern eines ARN</translation>
    </message>
    <message>
        <source>every action except %1</source>
        <translation>jede Aktion außer %1</translation>
    </message>
    <message>
        <source>Any principal</source>
        <translation>Jeder Prinzipal</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Accounts %1</source>
        <translation>Jedes der Konten %1</translation>
    </message>
    <message>
        <source>(the secret&apos;s account is not known)</source>
        <translation>(das Konto des Secrets ist nicht bekannt)</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>der Schlüssel</translation>
    </message>
    <message>
        <source>a caller from an account that belongs to no organization, or a service principal</source>
        <translation>ein Aufrufer aus einem Konto, das zu keiner Organisation gehört, oder ein Service-Prinzipal</translation>
    </message>
    <message>
        <source>a call that does not come through a VPC endpoint</source>
        <translation>ein Aufruf, der nicht über einen VPC-Endpunkt kommt</translation>
    </message>
    <message>
        <source>a call that comes through a VPC endpoint</source>
        <translation>ein Aufruf, der über einen VPC-Endpunkt kommt</translation>
    </message>
    <message>
        <source>a call that no AWS service makes on behalf of a resource</source>
        <translation>ein Aufruf, den kein AWS-Service im Auftrag einer Ressource stellt</translation>
    </message>
    <message>
        <source>a call signed with long-term access keys</source>
        <translation>ein mit langfristigen Zugriffsschlüsseln signierter Aufruf</translation>
    </message>
    <message>
        <source>a caller without that tag</source>
        <translation>ein Aufrufer ohne dieses Tag</translation>
    </message>
    <message>
        <source>a secret without that tag</source>
        <translation>ein Secret ohne dieses Tag</translation>
    </message>
    <message>
        <source>a request that sets no such tag</source>
        <translation>eine Anfrage, die kein solches Tag setzt</translation>
    </message>
    <message>
        <source>a call that does not pass the parameter</source>
        <translation>ein Aufruf, der den Parameter nicht angibt</translation>
    </message>
    <message>
        <source>&quot;Null&quot; requires %1 to be absent, but &quot;%2&quot; requires it to be present</source>
        <translation>&quot;Null&quot; verlangt, dass %1 fehlt, aber &quot;%2&quot; verlangt, dass er vorhanden ist</translation>
    </message>
    <message>
        <source>%1 cannot equal both %2 and %3</source>
        <translation>%1 kann nicht zugleich %2 und %3 sein</translation>
    </message>
    <message>
        <source>&quot;StringNotEquals&quot; excludes every value that &quot;StringEquals&quot; allows for %1</source>
        <translation>&quot;StringNotEquals&quot; schließt jeden Wert aus, den &quot;StringEquals&quot; für %1 erlaubt</translation>
    </message>
    <message>
        <source>no value of %1 is both %2 %3 and %4 %5</source>
        <translation>kein Wert von %1 ist zugleich %2 %3 und %4 %5</translation>
    </message>
    <message>
        <source>%1 cannot be both &quot;true&quot; and &quot;false&quot;</source>
        <translation>%1 kann nicht zugleich &quot;true&quot; und &quot;false&quot; sein</translation>
    </message>
    <message>
        <source>unexpected end of text</source>
        <translation>unerwartetes Textende</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected `,` or `]` after an array element</source>
        <translation>`,` oder `]` nach einem Array-Element erwartet</translation>
    </message>
    <message>
        <source>expected `,` or `}` after a property value</source>
        <translation>`,` oder `}` nach einem Eigenschaftswert erwartet</translation>
    </message>
    <message>
        <source>trailing characters after the JSON value</source>
        <translation>überzählige Zeichen nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>expected a property name</source>
        <translation>Eigenschaftsname erwartet</translation>
    </message>
    <message>
        <source>expected `:` after a property name</source>
        <translation>`:` nach einem Eigenschaftsnamen erwartet</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>unescaped line break in a string</source>
        <translation>nicht maskierter Zeilenumbruch in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unescaped tab in a string</source>
        <translation>nicht maskierter Tabulator in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unescaped control character %1 in a string</source>
        <translation>nicht maskiertes Steuerzeichen %1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid escape: `\` followed by %1</source>
        <translation>ungültige Escape-Sequenz: `\` gefolgt von %1</translation>
    </message>
    <message>
        <source>invalid escape `%1`</source>
        <translation>ungültige Escape-Sequenz `%1`</translation>
    </message>
    <message>
        <source>unpaired surrogate `%1`</source>
        <translation>ungepaartes Surrogat `%1`</translation>
    </message>
    <message>
        <source>expected 4 hex digits after `\u`</source>
        <translation>4 Hexadezimalziffern nach `\u` erwartet</translation>
    </message>
    <message>
        <source>expected a digit after `-`</source>
        <translation>Ziffer nach `-` erwartet</translation>
    </message>
    <message>
        <source>leading zeros are not allowed</source>
        <translation>führende Nullen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a digit after `.`</source>
        <translation>Ziffer nach `.` erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>invalid literal `%1`</source>
        <translation>ungültiges Literal `%1`</translation>
    </message>
    <message>
        <source>text larger than %1 bytes</source>
        <translation>Text größer als %1 Byte</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte %1</source>
        <translation>ungültiges UTF-8-Byte %1</translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence</source>
        <translation>abgeschnittene UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>overlong UTF-8 sequence</source>
        <translation>überlange UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>surrogate code point encoded in UTF-8</source>
        <translation>in UTF-8 kodierter Surrogat-Codepunkt</translation>
    </message>
    <message>
        <source>code point above U+10FFFF</source>
        <translation>Codepunkt über U+10FFFF</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>SimulationText</name>
    <message>
        <source>a principal in account %1</source>
        <translation>ein Prinzipal im Konto %1</translation>
    </message>
    <message>
        <source>another principal in the secret&apos;s account</source>
        <translation>andere im Konto des Secrets</translation>
    </message>
    <message>
        <source>a principal in another account</source>
        <translation>Prinzipal anderer Konten</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>the resource %1 has no six-character suffix: a secret&apos;s ARN ends in a hyphen and six random characters</source>
        <translation>die Ressource %1 hat kein sechsstelliges Suffix: Der ARN eines Secrets endet auf einen Bindestrich und sechs zufällige Zeichen</translation>
    </message>
    <message>
        <source>Secrets Manager sees federated callers as assumed-role sessions: evaluate the session ARN instead</source>
        <translation>Secrets Manager sieht föderierte Aufrufer als Sitzungen übernommener Rollen: Werten Sie stattdessen den Sitzungs-ARN aus</translation>
    </message>
    <message>
        <source>cross-account access to the secret value also needs kms:Decrypt (and for writes kms:GenerateDataKey) on the secret&apos;s KMS key; the AWS managed key aws/secretsmanager cannot be used from another account</source>
        <translation>kontoübergreifender Zugriff auf den Secret-Wert braucht außerdem kms:Decrypt (und zum Schreiben kms:GenerateDataKey) auf dem KMS-Schlüssel des Secrets; der AWS-verwaltete Schlüssel aws/secretsmanager ist aus einem anderen Konto nicht nutzbar</translation>
    </message>
    <message>
        <source>identityPolicies not given: assumed to hold no Deny that applies</source>
        <translation>identityPolicies nicht angegeben: Es wird angenommen, dass kein zutreffendes Deny darin steht</translation>
    </message>
    <message>
        <source>context key %1 is ignored: secretsmanager:%2 never supplies it</source>
        <translation>Kontextschlüssel %1 wird ignoriert: secretsmanager:%2 liefert ihn nie</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>the saved file</source>
        <translation>die gespeicherte Datei</translation>
    </message>
    <message>
        <source>Edit, lint and simulate AWS Secrets Manager resource policies.</source>
        <translation>AWS-Secrets-Manager-Ressourcenrichtlinien bearbeiten, prüfen und simulieren.</translation>
    </message>
    <message>
        <source>The policy to open.</source>
        <translation>Die zu öffnende Richtlinie.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>Richtlinie öffnen</translation>
    </message>
    <message>
        <source>Show the user interface in CODE (en, de, ja) for this run instead of the preferred language.</source>
        <translation>Die Oberfläche für diesen Lauf in CODE (en, de, ja) statt in der bevorzugten Sprache zeigen.</translation>
    </message>
    <message>
        <source>The ARN of the secret the policy is attached to.</source>
        <translation>Der ARN des Secrets, an das die Richtlinie angehängt ist.</translation>
    </message>
</context>
<context>
    <name>model::AccessDiffModel</name>
    <message>
        <source>%1 gained, %2 removed, %3 unchanged</source>
        <translation>%1 hinzugekommen, %2 entfallen, %3 unverändert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>no stage named</source>
        <translation>keine Stage angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>model::AccessMatrixModel</name>
    <message>
        <source>named in a Principal or NotPrincipal element</source>
        <translation>in einem Principal- oder NotPrincipal-Element genannt</translation>
    </message>
    <message>
        <source>a session of a role the policy names</source>
        <translation>Sitzung einer genannten Rolle</translation>
    </message>
    <message>
        <source>named in a principal condition</source>
        <translation>in einer Prinzipal-Bedingung genannt</translation>
    </message>
    <message>
        <source>a principal of an account the policy names</source>
        <translation>Prinzipal genannter Konten</translation>
    </message>
    <message>
        <source>another principal in the secret&apos;s account</source>
        <translation>andere im Konto des Secrets</translation>
    </message>
    <message>
        <source>a principal in an account the policy does not name</source>
        <translation>Prinzipal fremder Konten</translation>
    </message>
    <message>
        <source>an unsigned caller</source>
        <translation>ein nicht signierter Aufrufer</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>von Ihnen hinzugefügt</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>cross-account</source>
        <translation>kontoübergreifend</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>same account</source>
        <translation>gleiches Konto</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied (explicit)</source>
        <translation>Verweigert (explizit)</translation>
    </message>
    <message>
        <source>Denied (implicit)</source>
        <translation>Verweigert (implizit)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 · policy: %2</source>
        <translation>%1 · Richtlinie: %2</translation>
    </message>
    <message>
        <source>no stage named</source>
        <translation>keine Stage angegeben</translation>
    </message>
    <message>
        <source>The caller names the version stage %1</source>
        <translation>Der Aufrufer nennt die Versions-Stage %1</translation>
    </message>
    <message>
        <source>The default call: no secretsmanager:VersionStage is sent, and AWS returns AWSCURRENT</source>
        <translation>Der Standardaufruf: Es wird kein secretsmanager:VersionStage gesendet, und AWS liefert AWSCURRENT</translation>
    </message>
    <message>
        <source>%1
Why listed: %2
Reach: %3</source>
        <translation>%1
Warum aufgeführt: %2
Reichweite: %3</translation>
    </message>
    <message>
        <source>every version</source>
        <translation>jede Version</translation>
    </message>
    <message>
        <source>%1 sends no version stage: one answer for every version of the secret</source>
        <translation>%1 sendet keine Versions-Stage: eine Antwort für jede Version des Secrets</translation>
    </message>
</context>
<context>
    <name>model::AwsCli</name>
    <message numerus="yes">
        <source>The aws command did not answer within %n second(s) and was stopped. Check the network, then try again.</source>
        <translation>
            <numerusform>Der aws-Befehl hat nicht innerhalb von %n Sekunde geantwortet und wurde beendet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
            <numerusform>Der aws-Befehl hat nicht innerhalb von %n Sekunden geantwortet und wurde beendet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the policy to a temporary file: %1</source>
        <translation>Die Richtlinie kann nicht in eine temporäre Datei geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager %1&quot; is not the JSON expected.</source>
        <translation>Die Antwort von &quot;aws secretsmanager %1&quot; ist nicht das erwartete JSON.</translation>
    </message>
    <message>
        <source>The AWS CLI (the &quot;aws&quot; command) is not installed or not on PATH. Install it (Debian: apt install awscli), sign in with &quot;aws configure&quot; or &quot;aws sso login&quot;, then try again.</source>
        <translation>Die AWS CLI (der Befehl &quot;aws&quot;) ist nicht installiert oder nicht im PATH. Installieren Sie sie (Debian: apt install awscli), melden Sie sich mit &quot;aws configure&quot; oder &quot;aws sso login&quot; an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No region: choose one, or give the profile one with &quot;aws configure&quot;.</source>
        <translation>Keine Region: Wählen Sie eine, oder geben Sie dem Profil eine mit &quot;aws configure&quot;.</translation>
    </message>
    <message>
        <source>The sign-in of AWS profile &quot;%1&quot; has expired. Sign in again (for SSO: aws sso login --profile %1), then try again.</source>
        <translation>Die Anmeldung des AWS-Profils &quot;%1&quot; ist abgelaufen. Melden Sie sich erneut an (für SSO: aws sso login --profile %1) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>AWS profile &quot;%1&quot; is not signed in: %2 Sign in (aws sso login --profile %1, or aws configure --profile %1), then try again.</source>
        <translation>Das AWS-Profil &quot;%1&quot; ist nicht angemeldet: %2 Melden Sie sich an (aws sso login --profile %1 oder aws configure --profile %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The AWS config has no profile &quot;%1&quot;.</source>
        <translation>Die AWS-Konfiguration hat kein Profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>AWS denied the request: %1</source>
        <translation>AWS hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>AWS is limiting the rate of requests (%1). Wait a moment, then try again.</source>
        <translation>AWS begrenzt die Anfragerate (%1). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach AWS: %1 Check the network connection, a proxy or the region.</source>
        <translation>AWS ist nicht erreichbar: %1 Prüfen Sie die Netzwerkverbindung, einen Proxy oder die Region.</translation>
    </message>
    <message>
        <source>AWS cannot find the secret: %1</source>
        <translation>AWS findet das Secret nicht: %1</translation>
    </message>
    <message>
        <source>AWS refused the policy (%1): %2</source>
        <translation>AWS hat die Richtlinie abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The aws command failed (exit status %1).</source>
        <translation>Der aws-Befehl ist fehlgeschlagen (Exit-Status %1).</translation>
    </message>
    <message>
        <source>The aws command failed (exit status %1): %2</source>
        <translation>Der aws-Befehl ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager list-secrets&quot; has no SecretList.</source>
        <translation>Die Antwort von &quot;aws secretsmanager list-secrets&quot; hat keine SecretList.</translation>
    </message>
    <message>
        <source>The answer of &quot;aws secretsmanager validate-resource-policy&quot; has no PolicyValidationPassed.</source>
        <translation>Die Antwort von &quot;aws secretsmanager validate-resource-policy&quot; hat kein PolicyValidationPassed.</translation>
    </message>
</context>
<context>
    <name>model::ContextKeysModel</name>
    <message>
        <source>&quot;%1&quot; is not a Bool value: type true or false</source>
        <translation>„%1“ ist kein Bool-Wert: Geben Sie true oder false ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number, for example 30 or 2.5</source>
        <translation>„%1“ ist keine Zahl, zum Beispiel 30 oder 2.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use ISO 8601, for example 2026-01-31T12:00:00Z, or seconds since 1970</source>
        <translation>„%1“ ist kein Datum: Verwenden Sie ISO 8601, zum Beispiel 2026-01-31T12:00:00Z, oder Sekunden seit 1970</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, for example 203.0.113.5 or 2001:db8::1</source>
        <translation>„%1“ ist keine IP-Adresse, zum Beispiel 203.0.113.5 oder 2001:db8::1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ARN (arn:partition:service:region:account:resource)</source>
        <translation>„%1“ ist kein ARN (arn:partition:service:region:account:resource)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not base64</source>
        <translation>„%1“ ist kein Base64</translation>
    </message>
    <message>
        <source>Type a value for %1, or clear it</source>
        <translation>Geben Sie einen Wert für %1 ein oder leeren Sie ihn</translation>
    </message>
    <message>
        <source>A context key needs a name, for example aws:SourceIp</source>
        <translation>Ein Kontextschlüssel braucht einen Namen, zum Beispiel aws:SourceIp</translation>
    </message>
    <message>
        <source>%1 is set by each column of the matrix</source>
        <translation>%1 wird von jeder Spalte der Matrix gesetzt</translation>
    </message>
    <message>
        <source>%1 needs a tag name after the /, for example %1team</source>
        <translation>%1 braucht nach dem / einen Tag-Namen, zum Beispiel %1team</translation>
    </message>
    <message>
        <source>String</source>
        <translation>String</translation>
    </message>
    <message>
        <source>any text (not a known key)</source>
        <translation>beliebiger Text (kein bekannter Schlüssel)</translation>
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
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Binary (base64)</source>
        <translation>Binär (Base64)</translation>
    </message>
    <message>
        <source>%1, several values</source>
        <translation>%1, mehrere Werte</translation>
    </message>
    <message>
        <source>a value; several values one per line</source>
        <translation>ein Wert; mehrere Werte einer pro Zeile</translation>
    </message>
    <message>
        <source>env, team</source>
        <translation>env, team</translation>
    </message>
    <message>
        <source>first, second</source>
        <translation>Wert 1, Wert 2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Set by each column</source>
        <translation>Von jeder Spalte gesetzt</translation>
    </message>
    <message>
        <source>Derived from the request</source>
        <translation>Aus der Anfrage abgeleitet</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Invalid value, not used</source>
        <translation>Ungültig, nicht verwendet</translation>
    </message>
    <message>
        <source>%1: not used by the policy; sent with every request</source>
        <translation>%1: von der Richtlinie nicht verwendet; wird mit jeder Anfrage gesendet</translation>
    </message>
    <message>
        <source>%1: named in a ${…} policy variable</source>
        <translation>%1: in einer ${…}-Richtlinienvariable genannt</translation>
    </message>
    <message>
        <source>%1: tested by a condition</source>
        <translation>%1: von einer Bedingung geprüft</translation>
    </message>
    <message>
        <source>Your value, in every request</source>
        <translation>Ihr Wert, in jeder Anfrage</translation>
    </message>
    <message>
        <source>Each column of the matrix names its version stage</source>
        <translation>Jede Spalte der Matrix nennt ihre Versions-Stage</translation>
    </message>
    <message>
        <source>Derived from each request&apos;s principal and secret; set a value to override it</source>
        <translation>Aus Prinzipal und Secret jeder Anfrage abgeleitet; setzen Sie einen Wert, um ihn zu überschreiben</translation>
    </message>
    <message>
        <source>Not in the requests: conditions see an absent key (…IfExists and Null test this)</source>
        <translation>Nicht in den Anfragen: Bedingungen sehen einen fehlenden Schlüssel (…IfExists und Null prüfen das)</translation>
    </message>
    <message>
        <source>(the column&apos;s stage)</source>
        <translation>(Stage der Spalte)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>model::HelpTexts</name>
    <message>
        <source>Compares text exactly, case-sensitively; * and ? are ordinary characters here. Holds when the request value equals one of the listed values.</source>
        <translation>Vergleicht Text exakt, mit Beachtung der Groß-/Kleinschreibung; * und ? sind hier gewöhnliche Zeichen. Trifft zu, wenn der Wert der Anfrage einem der aufgeführten Werte gleicht.</translation>
    </message>
    <message>
        <source>Negated exact text comparison: holds when the request value equals none of the listed values, so several values act as AND.</source>
        <translation>Verneinter exakter Textvergleich: trifft zu, wenn der Wert der Anfrage keinem der aufgeführten Werte gleicht; mehrere Werte wirken daher wie UND.</translation>
    </message>
    <message>
        <source>Compares text exactly after folding case on both sides. Holds when the request value equals one of the listed values.</source>
        <translation>Vergleicht Text exakt, ohne Beachtung der Groß-/Kleinschreibung. Trifft zu, wenn der Wert der Anfrage einem der aufgeführten Werte gleicht.</translation>
    </message>
    <message>
        <source>Negated comparison ignoring case: holds when the request value equals none of the listed values.</source>
        <translation>Verneinter Vergleich ohne Beachtung der Groß-/Kleinschreibung: trifft zu, wenn der Wert der Anfrage keinem der aufgeführten Werte gleicht.</translation>
    </message>
    <message>
        <source>Case-sensitive wildcard match over the whole value: * is any run of characters, ? exactly one. Holds when one listed pattern matches.</source>
        <translation>Platzhaltervergleich über den ganzen Wert, mit Beachtung der Groß-/Kleinschreibung: * steht für beliebig viele Zeichen, ? für genau eines. Trifft zu, wenn ein aufgeführtes Muster passt.</translation>
    </message>
    <message>
        <source>Negated wildcard match: holds when no listed pattern matches the request value.</source>
        <translation>Verneinter Platzhaltervergleich: trifft zu, wenn kein aufgeführtes Muster auf den Wert der Anfrage passt.</translation>
    </message>
    <message>
        <source>Compares numbers exactly (07 equals 7, 7.0 equals 7). A value that is not a number never matches.</source>
        <translation>Vergleicht Zahlen exakt (07 gleicht 7, 7.0 gleicht 7). Ein Wert, der keine Zahl ist, passt nie.</translation>
    </message>
    <message>
        <source>Negated numeric comparison: holds when the request number equals none of the listed numbers.</source>
        <translation>Verneinter Zahlenvergleich: trifft zu, wenn die Zahl der Anfrage keiner der aufgeführten Zahlen gleicht.</translation>
    </message>
    <message>
        <source>Holds when the request number is less than a listed number (request on the left).</source>
        <translation>Trifft zu, wenn die Zahl der Anfrage kleiner als eine aufgeführte Zahl ist (Anfrage links).</translation>
    </message>
    <message>
        <source>Holds when the request number is less than or equal to a listed number.</source>
        <translation>Trifft zu, wenn die Zahl der Anfrage kleiner oder gleich einer aufgeführten Zahl ist.</translation>
    </message>
    <message>
        <source>Holds when the request number is greater than a listed number.</source>
        <translation>Trifft zu, wenn die Zahl der Anfrage größer als eine aufgeführte Zahl ist.</translation>
    </message>
    <message>
        <source>Holds when the request number is greater than or equal to a listed number.</source>
        <translation>Trifft zu, wenn die Zahl der Anfrage größer oder gleich einer aufgeführten Zahl ist.</translation>
    </message>
    <message>
        <source>Compares two instants: ISO 8601 dates and times, or epoch seconds. Holds when the request time equals a listed time.</source>
        <translation>Vergleicht zwei Zeitpunkte: Datum und Uhrzeit nach ISO 8601 oder Sekunden seit der Epoche. Trifft zu, wenn die Zeit der Anfrage einer aufgeführten Zeit gleicht.</translation>
    </message>
    <message>
        <source>Negated date comparison: holds when the request time equals none of the listed times.</source>
        <translation>Verneinter Datumsvergleich: trifft zu, wenn die Zeit der Anfrage keiner der aufgeführten Zeiten gleicht.</translation>
    </message>
    <message>
        <source>Holds when the request time is before a listed time, for example aws:CurrentTime before an expiry date.</source>
        <translation>Trifft zu, wenn die Zeit der Anfrage vor einer aufgeführten Zeit liegt, zum Beispiel aws:CurrentTime vor einem Ablaufdatum.</translation>
    </message>
    <message>
        <source>Holds when the request time is at or before a listed time.</source>
        <translation>Trifft zu, wenn die Zeit der Anfrage zu oder vor einer aufgeführten Zeit liegt.</translation>
    </message>
    <message>
        <source>Holds when the request time is after a listed time.</source>
        <translation>Trifft zu, wenn die Zeit der Anfrage nach einer aufgeführten Zeit liegt.</translation>
    </message>
    <message>
        <source>Holds when the request time is at or after a listed time.</source>
        <translation>Trifft zu, wenn die Zeit der Anfrage zu oder nach einer aufgeführten Zeit liegt.</translation>
    </message>
    <message>
        <source>Compares true or false. There is no negated Bool: compare with false, and use BoolIfExists when the key may be missing.</source>
        <translation>Vergleicht true oder false. Ein verneintes Bool gibt es nicht: Vergleichen Sie mit false, und verwenden Sie BoolIfExists, wenn der Schlüssel fehlen kann.</translation>
    </message>
    <message>
        <source>Compares bytes written as base64 on both sides. No Secrets Manager key is binary.</source>
        <translation>Vergleicht Bytes, auf beiden Seiten als Base64 geschrieben. Kein Secrets-Manager-Schlüssel ist binär.</translation>
    </message>
    <message>
        <source>Holds when the request address lies in a listed range (an IPv4 or IPv6 address with an optional /prefix). IPv4 never lies in an IPv6 range.</source>
        <translation>Trifft zu, wenn die Adresse der Anfrage in einem aufgeführten Bereich liegt (eine IPv4- oder IPv6-Adresse mit optionalem /Präfix). IPv4 liegt nie in einem IPv6-Bereich.</translation>
    </message>
    <message>
        <source>Negated range test: holds when the request address lies in none of the listed ranges.</source>
        <translation>Verneinte Bereichsprüfung: trifft zu, wenn die Adresse der Anfrage in keinem der aufgeführten Bereiche liegt.</translation>
    </message>
    <message>
        <source>Treats both sides as ARNs and matches each of the six fields separately, case-sensitively, with * and ? as wildcards. Same as ArnLike.</source>
        <translation>Behandelt beide Seiten als ARNs und vergleicht jedes der sechs Felder einzeln, mit Beachtung der Groß-/Kleinschreibung, mit * und ? als Platzhaltern. Wie ArnLike.</translation>
    </message>
    <message>
        <source>Matches ARNs field by field with * and ? as wildcards; a wildcard cannot reach across a colon. Same as ArnEquals.</source>
        <translation>Vergleicht ARNs Feld für Feld mit * und ? als Platzhaltern; ein Platzhalter reicht nicht über einen Doppelpunkt hinaus. Wie ArnEquals.</translation>
    </message>
    <message>
        <source>Negated ARN match: holds when no listed ARN pattern matches. Same as ArnNotLike.</source>
        <translation>Verneinter ARN-Vergleich: trifft zu, wenn kein aufgeführtes ARN-Muster passt. Wie ArnNotLike.</translation>
    </message>
    <message>
        <source>Negated ARN match: holds when no listed ARN pattern matches. Same as ArnNotEquals.</source>
        <translation>Verneinter ARN-Vergleich: trifft zu, wenn kein aufgeführtes ARN-Muster passt. Wie ArnNotEquals.</translation>
    </message>
    <message>
        <source>Tests presence, not a value: &quot;true&quot; holds when the key is absent, &quot;false&quot; when it is present. Never takes IfExists.</source>
        <translation>Prüft das Vorhandensein, keinen Wert: &quot;true&quot; trifft zu, wenn der Schlüssel fehlt, &quot;false&quot;, wenn er vorhanden ist. Nie mit IfExists.</translation>
    </message>
    <message>
        <source>Whether the session is a root session assumed through AWS Organizations.</source>
        <translation>Ob die Sitzung eine über AWS Organizations übernommene Root-Sitzung ist.</translation>
    </message>
    <message>
        <source>The services that used the caller&apos;s credentials to reach Secrets Manager, in order. Present only when a supporting service made the call.</source>
        <translation>Die Dienste, die die Anmeldedaten des Aufrufers nacheinander verwendet haben, um Secrets Manager zu erreichen. Nur vorhanden, wenn ein unterstützender Dienst den Aufruf gemacht hat.</translation>
    </message>
    <message>
        <source>The AWS MCP server that made the call for the caller, when one did.</source>
        <translation>Der AWS-MCP-Server, der den Aufruf für den Aufrufer gemacht hat, falls einer es tat.</translation>
    </message>
    <message>
        <source>The first service in the aws:CalledVia chain.</source>
        <translation>Der erste Dienst in der Kette aws:CalledVia.</translation>
    </message>
    <message>
        <source>The last service in the aws:CalledVia chain.</source>
        <translation>Der letzte Dienst in der Kette aws:CalledVia.</translation>
    </message>
    <message>
        <source>The chat channel configuration that started the session, for calls made through a chat application.</source>
        <translation>Die Chat-Kanal-Konfiguration, die die Sitzung gestartet hat, bei Aufrufen über eine Chat-Anwendung.</translation>
    </message>
    <message>
        <source>The time of the request. Always present; use it with Date operators for time windows.</source>
        <translation>Die Zeit der Anfrage. Immer vorhanden; verwenden Sie sie mit Date-Operatoren für Zeitfenster.</translation>
    </message>
    <message>
        <source>The private address of the EC2 instance whose role credentials signed the request.</source>
        <translation>Die private Adresse der EC2-Instance, deren Rollen-Anmeldedaten die Anfrage signiert haben.</translation>
    </message>
    <message>
        <source>The VPC of the EC2 instance whose role credentials signed the request.</source>
        <translation>Die VPC der EC2-Instance, deren Rollen-Anmeldedaten die Anfrage signiert haben.</translation>
    </message>
    <message>
        <source>The time of the request in seconds since 1970. Always present; Date and Numeric operators both work.</source>
        <translation>Die Zeit der Anfrage in Sekunden seit 1970. Immer vorhanden; Date- und Numeric-Operatoren funktionieren beide.</translation>
    </message>
    <message>
        <source>The identity provider that issued a web identity or SAML session.</source>
        <translation>Der Identitätsanbieter, der eine Web-Identity- oder SAML-Sitzung ausgestellt hat.</translation>
    </message>
    <message>
        <source>Whether the action was called by an AWS MCP server.</source>
        <translation>Ob die Aktion von einem AWS-MCP-Server aufgerufen wurde.</translation>
    </message>
    <message>
        <source>Seconds since the caller authenticated with MFA. Absent when MFA was not used.</source>
        <translation>Sekunden, seit sich der Aufrufer mit MFA authentifiziert hat. Fehlt, wenn kein MFA verwendet wurde.</translation>
    </message>
    <message>
        <source>Whether temporary credentials were obtained with MFA. Absent for long-term access keys: use BoolIfExists.</source>
        <translation>Ob temporäre Anmeldedaten mit MFA bezogen wurden. Fehlt bei langfristigen Zugriffsschlüsseln: Verwenden Sie BoolIfExists.</translation>
    </message>
    <message>
        <source>The account of the caller. Always present (&quot;anonymous&quot; for unsigned requests).</source>
        <translation>Das Konto des Aufrufers. Immer vorhanden („anonymous“ bei unsignierten Anfragen).</translation>
    </message>
    <message>
        <source>The caller&apos;s ARN; for a role session it is the role&apos;s ARN, not the session&apos;s. The way to name families of principals with wildcards (ArnLike).</source>
        <translation>Der ARN des Aufrufers; bei einer Rollensitzung der ARN der Rolle, nicht der Sitzung. Der Weg, Gruppen von Prinzipalen mit Platzhaltern zu benennen (ArnLike).</translation>
    </message>
    <message>
        <source>True only when a service principal calls directly.</source>
        <translation>Nur wahr, wenn ein Dienstprinzipal direkt aufruft.</translation>
    </message>
    <message>
        <source>The organization (o-...) of the caller&apos;s account. Absent outside any organization and for service principals, which makes negated operators on it true.</source>
        <translation>Die Organisation (o-...) des Kontos des Aufrufers. Fehlt außerhalb jeder Organisation und bei Dienstprinzipalen, was verneinte Operatoren darauf wahr macht.</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the caller&apos;s account.</source>
        <translation>Die Pfade der Organisationseinheiten des Kontos des Aufrufers.</translation>
    </message>
    <message>
        <source>The name of the service principal that calls, for example appflow.amazonaws.com.</source>
        <translation>Der Name des aufrufenden Dienstprinzipals, zum Beispiel appflow.amazonaws.com.</translation>
    </message>
    <message>
        <source>All names of the calling service principal.</source>
        <translation>Alle Namen des aufrufenden Dienstprinzipals.</translation>
    </message>
    <message>
        <source>The value of the named tag on the calling user, role or session. Absent when the caller has no such tag.</source>
        <translation>Der Wert des genannten Tags am aufrufenden Benutzer, an der Rolle oder Sitzung. Fehlt, wenn der Aufrufer kein solches Tag hat.</translation>
    </message>
    <message>
        <source>The kind of caller: Account (root user), User, FederatedUser, AssumedRole or Anonymous.</source>
        <translation>Die Art des Aufrufers: Account (Root-Benutzer), User, FederatedUser, AssumedRole oder Anonymous.</translation>
    </message>
    <message>
        <source>The HTTP referer the client sent. Client-supplied: not for security decisions.</source>
        <translation>Der HTTP-Referer, den der Client gesendet hat. Vom Client geliefert: nicht für Sicherheitsentscheidungen.</translation>
    </message>
    <message>
        <source>The region the request was sent to. Always present.</source>
        <translation>Die Region, an die die Anfrage gesendet wurde. Immer vorhanden.</translation>
    </message>
    <message>
        <source>The value of the named tag in the request (CreateSecret, TagResource). Absent when the request carries no such tag.</source>
        <translation>Der Wert des genannten Tags in der Anfrage (CreateSecret, TagResource). Fehlt, wenn die Anfrage kein solches Tag enthält.</translation>
    </message>
    <message>
        <source>The account that owns the secret.</source>
        <translation>Das Konto, dem das Secret gehört.</translation>
    </message>
    <message>
        <source>The organization of the account that owns the secret.</source>
        <translation>Die Organisation des Kontos, dem das Secret gehört.</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the account that owns the secret.</source>
        <translation>Die Pfade der Organisationseinheiten des Kontos, dem das Secret gehört.</translation>
    </message>
    <message>
        <source>The value of the named tag on the secret. Absent when the secret has no such tag.</source>
        <translation>Der Wert des genannten Tags am Secret. Fehlt, wenn das Secret kein solches Tag hat.</translation>
    </message>
    <message>
        <source>Whether the request came over TLS. Always true for Secrets Manager, which answers only over TLS.</source>
        <translation>Ob die Anfrage über TLS kam. Bei Secrets Manager immer wahr, da es nur über TLS antwortet.</translation>
    </message>
    <message>
        <source>The account of the resource on whose behalf a service calls. Protects service principals from the confused deputy.</source>
        <translation>Das Konto der Ressource, in deren Auftrag ein Dienst aufruft. Schützt Dienstprinzipale vor dem „Confused Deputy“-Problem.</translation>
    </message>
    <message>
        <source>The resource on whose behalf a service calls.</source>
        <translation>Die Ressource, in deren Auftrag ein Dienst aufruft.</translation>
    </message>
    <message>
        <source>The source identity set when the role session was created.</source>
        <translation>Die Quellidentität, die beim Erstellen der Rollensitzung gesetzt wurde.</translation>
    </message>
    <message>
        <source>The caller&apos;s public address. Absent when the request comes through a VPC endpoint, and AWS addresses when a service calls for you.</source>
        <translation>Die öffentliche Adresse des Aufrufers. Fehlt, wenn die Anfrage über einen VPC-Endpunkt kommt, und ist eine AWS-Adresse, wenn ein Dienst für Sie aufruft.</translation>
    </message>
    <message>
        <source>The organization of the resource on whose behalf a service calls.</source>
        <translation>Die Organisation der Ressource, in deren Auftrag ein Dienst aufruft.</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the resource on whose behalf a service calls.</source>
        <translation>Die Pfade der Organisationseinheiten der Ressource, in deren Auftrag ein Dienst aufruft.</translation>
    </message>
    <message>
        <source>The owner account of the resource on whose behalf a service calls.</source>
        <translation>Das Eigentümerkonto der Ressource, in deren Auftrag ein Dienst aufruft.</translation>
    </message>
    <message>
        <source>The VPC (vpc-...) of the endpoint the request came through. Absent without a VPC endpoint.</source>
        <translation>Die VPC (vpc-...) des Endpunkts, über den die Anfrage kam. Fehlt ohne VPC-Endpunkt.</translation>
    </message>
    <message>
        <source>The ARN of the VPC the request came through. Absent without a VPC endpoint.</source>
        <translation>Der ARN der VPC, über die die Anfrage kam. Fehlt ohne VPC-Endpunkt.</translation>
    </message>
    <message>
        <source>The VPC endpoint (vpce-...) the request came through. Absent without one; services calling for you do not use your endpoint.</source>
        <translation>Der VPC-Endpunkt (vpce-...), über den die Anfrage kam. Fehlt ohne einen; Dienste, die für Sie aufrufen, verwenden Ihren Endpunkt nicht.</translation>
    </message>
    <message>
        <source>The tag keys in the request. Absent when the request has no tags, so ForAllValues on it is then true.</source>
        <translation>Die Tag-Schlüssel in der Anfrage. Fehlt, wenn die Anfrage keine Tags hat; ForAllValues darauf ist dann wahr.</translation>
    </message>
    <message>
        <source>When the temporary credentials were issued. Absent for long-term keys.</source>
        <translation>Wann die temporären Anmeldedaten ausgestellt wurden. Fehlt bei langfristigen Schlüsseln.</translation>
    </message>
    <message>
        <source>The client&apos;s user agent. Client-supplied: not for security decisions.</source>
        <translation>Der User-Agent des Clients. Vom Client geliefert: nicht für Sicherheitsentscheidungen.</translation>
    </message>
    <message>
        <source>The caller&apos;s unique id: AIDA... for a user, AROA...:SESSION for a role session, the account id for the root user.</source>
        <translation>Die eindeutige ID des Aufrufers: AIDA... für einen Benutzer, AROA...:SESSION für eine Rollensitzung, die Konto-ID für den Root-Benutzer.</translation>
    </message>
    <message>
        <source>The IAM user&apos;s name. Absent for roles, sessions and the root user.</source>
        <translation>Der Name des IAM-Benutzers. Fehlt bei Rollen, Sitzungen und dem Root-Benutzer.</translation>
    </message>
    <message>
        <source>True when an AWS MCP server made the call with the caller&apos;s credentials.</source>
        <translation>Wahr, wenn ein AWS-MCP-Server den Aufruf mit den Anmeldedaten des Aufrufers gemacht hat.</translation>
    </message>
    <message>
        <source>True when an AWS service made the call with the caller&apos;s credentials.</source>
        <translation>Wahr, wenn ein AWS-Dienst den Aufruf mit den Anmeldedaten des Aufrufers gemacht hat.</translation>
    </message>
    <message>
        <source>The account that owns the VPC endpoint the request came through.</source>
        <translation>Das Konto, dem der VPC-Endpunkt gehört, über den die Anfrage kam.</translation>
    </message>
    <message>
        <source>The organization of the account that owns the VPC endpoint.</source>
        <translation>Die Organisation des Kontos, dem der VPC-Endpunkt gehört.</translation>
    </message>
    <message>
        <source>The organizational-unit paths of the account that owns the VPC endpoint.</source>
        <translation>Die Pfade der Organisationseinheiten des Kontos, dem der VPC-Endpunkt gehört.</translation>
    </message>
    <message>
        <source>The caller&apos;s private address, for requests through a VPC endpoint. Absent otherwise.</source>
        <translation>Die private Adresse des Aufrufers, bei Anfragen über einen VPC-Endpunkt. Sonst fehlt sie.</translation>
    </message>
    <message>
        <source>The instance metadata service version that delivered EC2 role credentials.</source>
        <translation>Die Version des Instance-Metadatendienstes, der die EC2-Rollen-Anmeldedaten geliefert hat.</translation>
    </message>
    <message>
        <source>The EC2 instance whose role credentials signed the request.</source>
        <translation>Die EC2-Instance, deren Rollen-Anmeldedaten die Anfrage signiert haben.</translation>
    </message>
    <message>
        <source>The Glue service that issued the credentials, for Glue jobs.</source>
        <translation>Der Glue-Dienst, der die Anmeldedaten ausgestellt hat, bei Glue-Jobs.</translation>
    </message>
    <message>
        <source>The Glue service that assumed the role.</source>
        <translation>Der Glue-Dienst, der die Rolle übernommen hat.</translation>
    </message>
    <message>
        <source>The IAM Identity Center user behind the session.</source>
        <translation>Der IAM-Identity-Center-Benutzer hinter der Sitzung.</translation>
    </message>
    <message>
        <source>The Lambda function whose execution role credentials signed the request.</source>
        <translation>Die Lambda-Funktion, deren Anmeldedaten der Ausführungsrolle die Anfrage signiert haben.</translation>
    </message>
    <message>
        <source>The regions the request asks to replicate the secret to.</source>
        <translation>Die Regionen, in die das Secret laut Anfrage repliziert werden soll.</translation>
    </message>
    <message>
        <source>The BlockPublicPolicy parameter of PutResourcePolicy: whether AWS must refuse policies that give broad access.</source>
        <translation>Der Parameter BlockPublicPolicy von PutResourcePolicy: ob AWS Richtlinien mit weitreichendem Zugriff ablehnen muss.</translation>
    </message>
    <message>
        <source>The description given in the request.</source>
        <translation>Die in der Anfrage angegebene Beschreibung.</translation>
    </message>
    <message>
        <source>The rotation role given for a managed external secret.</source>
        <translation>Die Rotationsrolle, die für ein verwaltetes externes Secret angegeben wurde.</translation>
    </message>
    <message>
        <source>Whether DeleteSecret deletes at once, without a recovery window.</source>
        <translation>Ob DeleteSecret sofort löscht, ohne Wiederherstellungsfenster.</translation>
    </message>
    <message>
        <source>Whether replication may overwrite a secret of the same name in the replica region.</source>
        <translation>Ob die Replikation ein gleichnamiges Secret in der Replikatregion überschreiben darf.</translation>
    </message>
    <message>
        <source>The ARN of the KMS key given in the request.</source>
        <translation>Der ARN des in der Anfrage angegebenen KMS-Schlüssels.</translation>
    </message>
    <message>
        <source>The KMS key as given in the request (id, ARN or alias). Prefer secretsmanager:KmsKeyArn.</source>
        <translation>Der KMS-Schlüssel wie in der Anfrage angegeben (ID, ARN oder Alias). Besser secretsmanager:KmsKeyArn.</translation>
    </message>
    <message>
        <source>Whether RotateSecret changes the rotation rules.</source>
        <translation>Ob RotateSecret die Rotationsregeln ändert.</translation>
    </message>
    <message>
        <source>The name of the secret being created.</source>
        <translation>Der Name des Secrets, das erstellt wird.</translation>
    </message>
    <message>
        <source>The recovery window DeleteSecret was given (7 to 30 days).</source>
        <translation>Das Wiederherstellungsfenster, das DeleteSecret erhalten hat (7 bis 30 Tage).</translation>
    </message>
    <message>
        <source>The rotation function attached to the secret. Absent when rotation is not configured.</source>
        <translation>Die an das Secret angehängte Rotationsfunktion. Fehlt, wenn keine Rotation konfiguriert ist.</translation>
    </message>
    <message>
        <source>The managed-external-secret type of the secret.</source>
        <translation>Der Typ des verwalteten externen Secrets.</translation>
    </message>
    <message>
        <source>The value of the named tag on the secret (Secrets Manager&apos;s own spelling of aws:ResourceTag). Absent when the secret has no such tag.</source>
        <translation>Der Wert des genannten Tags am Secret (die eigene Schreibweise von Secrets Manager für aws:ResourceTag). Fehlt, wenn das Secret kein solches Tag hat.</translation>
    </message>
    <message>
        <source>Whether RotateSecret starts rotating at once.</source>
        <translation>Ob RotateSecret sofort mit der Rotation beginnt.</translation>
    </message>
    <message>
        <source>The rotation function given to RotateSecret.</source>
        <translation>Die an RotateSecret übergebene Rotationsfunktion.</translation>
    </message>
    <message>
        <source>The ARN of the secret the call targets.</source>
        <translation>Der ARN des Secrets, auf das der Aufruf zielt.</translation>
    </message>
    <message>
        <source>The primary region of a multi-Region secret. Absent for a secret that is not replicated.</source>
        <translation>Die primäre Region eines Multi-Region-Secrets. Fehlt bei einem Secret, das nicht repliziert wird.</translation>
    </message>
    <message>
        <source>The managed-external-secret type given in the request.</source>
        <translation>Der in der Anfrage angegebene Typ des verwalteten externen Secrets.</translation>
    </message>
    <message>
        <source>The VersionId the caller of GetSecretValue passed. Absent when the caller names no version id, even for the current version.</source>
        <translation>Die VersionId, die der Aufrufer von GetSecretValue übergeben hat. Fehlt, wenn der Aufrufer keine Versions-ID nennt, selbst für die aktuelle Version.</translation>
    </message>
    <message>
        <source>The stage the caller passed (VersionStage parameter). Absent on the default GetSecretValue call that names no stage, even though that call returns AWSCURRENT: an Allow that requires a stage then does not apply.</source>
        <translation>Die Stage, die der Aufrufer übergeben hat (Parameter VersionStage). Fehlt beim Standardaufruf von GetSecretValue ohne Stage, obwohl dieser AWSCURRENT liefert: Ein Allow, das eine Stage verlangt, greift dann nicht.</translation>
    </message>
    <message>
        <source>The managed instance whose Systems Manager credentials signed the request.</source>
        <translation>Die verwaltete Instance, deren Systems-Manager-Anmeldedaten die Anfrage signiert haben.</translation>
    </message>
    <message>
        <source>Reads the values of up to 20 secrets in one call. Takes no resource: the secret policy never decides it, though each secret&apos;s GetSecretValue check does.</source>
        <translation>Liest die Werte von bis zu 20 Secrets in einem Aufruf. Bezieht sich auf keine Ressource: Die Secret-Richtlinie entscheidet nie darüber, wohl aber die GetSecretValue-Prüfung jedes Secrets.</translation>
    </message>
    <message>
        <source>Turns off rotation of the secret.</source>
        <translation>Schaltet die Rotation des Secrets ab.</translation>
    </message>
    <message>
        <source>Creates a secret. Useless in a secret policy: the secret does not exist yet.</source>
        <translation>Erstellt ein Secret. In einer Secret-Richtlinie nutzlos: Das Secret existiert noch nicht.</translation>
    </message>
    <message>
        <source>Removes this policy. Sensitive: whoever may call it controls access to the secret.</source>
        <translation>Entfernt diese Richtlinie. Heikel: Wer sie aufrufen darf, kontrolliert den Zugriff auf das Secret.</translation>
    </message>
    <message>
        <source>Schedules the secret for deletion (7 to 30 days), or deletes it at once.</source>
        <translation>Plant das Löschen des Secrets (7 bis 30 Tage) oder löscht es sofort.</translation>
    </message>
    <message>
        <source>Reads the secret&apos;s metadata, not its value.</source>
        <translation>Liest die Metadaten des Secrets, nicht seinen Wert.</translation>
    </message>
    <message>
        <source>Generates a random password. Takes no resource: the secret policy never decides it.</source>
        <translation>Erzeugt ein zufälliges Passwort. Bezieht sich auf keine Ressource: Die Secret-Richtlinie entscheidet nie darüber.</translation>
    </message>
    <message>
        <source>Reads this policy.</source>
        <translation>Liest diese Richtlinie.</translation>
    </message>
    <message>
        <source>Reads the secret value (decrypted). Across accounts it also needs a customer managed KMS key the caller may use.</source>
        <translation>Liest den Secret-Wert (entschlüsselt). Kontoübergreifend braucht es zusätzlich einen kundenverwalteten KMS-Schlüssel, den der Aufrufer nutzen darf.</translation>
    </message>
    <message>
        <source>Lists the secret&apos;s versions and their stages, not their values.</source>
        <translation>Listet die Versionen des Secrets und ihre Stages auf, nicht ihre Werte.</translation>
    </message>
    <message>
        <source>Lists secrets. Takes no resource: the secret policy never decides it.</source>
        <translation>Listet Secrets auf. Bezieht sich auf keine Ressource: Die Secret-Richtlinie entscheidet nie darüber.</translation>
    </message>
    <message>
        <source>Replaces this policy. Sensitive: whoever may call it can grant themselves anything.</source>
        <translation>Ersetzt diese Richtlinie. Heikel: Wer sie aufrufen darf, kann sich selbst alles gewähren.</translation>
    </message>
    <message>
        <source>Stores a new secret value as a new version (writes the value); AWSCURRENT moves to it.</source>
        <translation>Speichert einen neuen Secret-Wert als neue Version (schreibt den Wert); AWSCURRENT wandert zu ihr.</translation>
    </message>
    <message>
        <source>Deletes replicas of the secret in other regions.</source>
        <translation>Löscht Replikate des Secrets in anderen Regionen.</translation>
    </message>
    <message>
        <source>Copies the secret, value included, to other regions.</source>
        <translation>Kopiert das Secret samt Wert in andere Regionen.</translation>
    </message>
    <message>
        <source>Cancels a scheduled deletion.</source>
        <translation>Bricht ein geplantes Löschen ab.</translation>
    </message>
    <message>
        <source>Configures rotation or rotates now, creating a new value.</source>
        <translation>Konfiguriert die Rotation oder rotiert sofort und erzeugt dabei einen neuen Wert.</translation>
    </message>
    <message>
        <source>Turns a replica into a standalone secret (called on the replica).</source>
        <translation>Macht aus einem Replikat ein eigenständiges Secret (wird auf dem Replikat aufgerufen).</translation>
    </message>
    <message>
        <source>Adds tags to the secret. Tags can change the outcome of tag-based conditions.</source>
        <translation>Fügt dem Secret Tags hinzu. Tags können das Ergebnis tag-basierter Bedingungen ändern.</translation>
    </message>
    <message>
        <source>Removes tags from the secret. Tags can change the outcome of tag-based conditions.</source>
        <translation>Entfernt Tags vom Secret. Tags können das Ergebnis tag-basierter Bedingungen ändern.</translation>
    </message>
    <message>
        <source>Changes the secret&apos;s description or KMS key, or stores a new value (writes the value).</source>
        <translation>Ändert die Beschreibung oder den KMS-Schlüssel des Secrets oder speichert einen neuen Wert (schreibt den Wert).</translation>
    </message>
    <message>
        <source>Moves or removes a staging label such as AWSCURRENT between versions.</source>
        <translation>Verschiebt oder entfernt ein Staging-Label wie AWSCURRENT zwischen Versionen.</translation>
    </message>
    <message>
        <source>Checks a policy for broad access without storing it.</source>
        <translation>Prüft eine Richtlinie auf weitreichenden Zugriff, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>list of text</source>
        <translation>Liste von Texten</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Tagging</source>
        <translation>Tagging</translation>
    </message>
    <message>
        <source>Permissions management</source>
        <translation>Berechtigungsverwaltung</translation>
    </message>
    <message>
        <source>If the key is absent: true (IfExists); if present, the operator decides.</source>
        <translation>Fehlt der Schlüssel: wahr (IfExists); ist er vorhanden, entscheidet der Operator.</translation>
    </message>
    <message>
        <source>ForAllValues:Null is always true, whatever the key: use plain Null.</source>
        <translation>ForAllValues:Null ist immer wahr, gleich welcher Schlüssel: Verwenden Sie einfaches Null.</translation>
    </message>
    <message>
        <source>ForAnyValue:Null is always false, whatever the key: use plain Null.</source>
        <translation>ForAnyValue:Null ist immer falsch, gleich welcher Schlüssel: Verwenden Sie einfaches Null.</translation>
    </message>
    <message>
        <source>ForAllValues: every request value must match; if the key is absent or empty: true. With Allow this is a common source of broad access.</source>
        <translation>ForAllValues: Jeder Wert der Anfrage muss passen; fehlt der Schlüssel oder ist er leer: wahr. Mit Allow eine häufige Ursache für weitreichenden Zugriff.</translation>
    </message>
    <message>
        <source>ForAnyValue: at least one request value must match; if the key is absent: false.</source>
        <translation>ForAnyValue: Mindestens ein Wert der Anfrage muss passen; fehlt der Schlüssel: falsch.</translation>
    </message>
    <message>
        <source>If the key is absent: true. A negated operator holds for requests that do not carry the key at all; add a Null check or use it in a Deny.</source>
        <translation>Fehlt der Schlüssel: wahr. Ein verneinter Operator trifft auf Anfragen zu, die den Schlüssel gar nicht enthalten; ergänzen Sie eine Null-Prüfung oder verwenden Sie ihn in einem Deny.</translation>
    </message>
    <message>
        <source>If the key is absent: false. A key with several values needs ForAnyValue: or ForAllValues:.</source>
        <translation>Fehlt der Schlüssel: falsch. Ein Schlüssel mit mehreren Werten braucht ForAnyValue: oder ForAllValues:.</translation>
    </message>
    <message>
        <source>Type: %1, several values (use ForAnyValue: or ForAllValues:).</source>
        <translation>Typ: %1, mehrere Werte (verwenden Sie ForAnyValue: oder ForAllValues:).</translation>
    </message>
    <message>
        <source>Type: %1, one value.</source>
        <translation>Typ: %1, ein Wert.</translation>
    </message>
    <message>
        <source>The part after the slash names the tag; it is compared ignoring case.</source>
        <translation>Der Teil nach dem Schrägstrich nennt das Tag; er wird ohne Beachtung der Groß-/Kleinschreibung verglichen.</translation>
    </message>
    <message>
        <source>No action supplies this key.</source>
        <translation>Keine Aktion liefert diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Present only in requests of: %1.</source>
        <translation>Nur vorhanden in Anfragen von: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An action of another service: it can never be requested against a secret.</source>
        <translation>Eine Aktion eines anderen Dienstes: Sie kann nie auf ein Secret angefragt werden.</translation>
    </message>
    <message>
        <source>Access level: %1.</source>
        <translation>Zugriffsebene: %1.</translation>
    </message>
    <message>
        <source>A pattern that matches no Secrets Manager action.</source>
        <translation>Ein Muster, das auf keine Secrets-Manager-Aktion passt.</translation>
    </message>
    <message numerus="yes">
        <source>A pattern matching %n Secrets Manager action(s): %1.</source>
        <translation>
            <numerusform>Ein Muster, das auf %n Secrets-Manager-Aktion passt: %1.</numerusform>
            <numerusform>Ein Muster, das auf %n Secrets-Manager-Aktionen passt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a Secrets Manager action: this entry grants or denies nothing.</source>
        <translation>Keine Secrets-Manager-Aktion: Dieser Eintrag gewährt oder verweigert nichts.</translation>
    </message>
</context>
<context>
    <name>model::PolicyConversions</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Die Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file holds no JSON object.</source>
        <translation>Die Datei enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file has no &quot;ResourcePolicy&quot; field: it does not look like the output of &quot;aws secretsmanager get-resource-policy&quot;.</source>
        <translation>Die Datei hat kein Feld &quot;ResourcePolicy&quot;: Sie sieht nicht wie die Ausgabe von &quot;aws secretsmanager get-resource-policy&quot; aus.</translation>
    </message>
    <message>
        <source>&quot;ResourcePolicy&quot; is not a string.</source>
        <translation>&quot;ResourcePolicy&quot; ist keine Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>model::PolicyDocument</name>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a FIFO or a folder)</source>
        <translation>es ist keine normale Datei (ein Gerät, ein FIFO oder ein Ordner)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a file; only regular files can be opened</source>
        <translation>es ist ein FIFO (benannte Pipe), keine Datei; nur normale Dateien können geöffnet werden</translation>
    </message>
    <message>
        <source>it is a device, not a file; only regular files can be opened</source>
        <translation>es ist ein Gerät, keine Datei; nur normale Dateien können geöffnet werden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the file has %1 MB; Secret Policy Studio opens policies of up to %2 MB (AWS accepts up to 20,480 characters)</source>
        <translation>die Datei hat %1 MB; Secret Policy Studio öffnet Richtlinien bis %2 MB (AWS akzeptiert bis zu 20.480 Zeichen)</translation>
    </message>
</context>
<context>
    <name>model::PolicyTemplates</name>
    <message>
        <source>&amp;Blank Policy</source>
        <translation>&amp;Leere Richtlinie</translation>
    </message>
    <message>
        <source>One statement granting GetSecretValue to an account, to edit.</source>
        <translation>Eine Anweisung, die einem Konto GetSecretValue gewährt, zum Bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;EC2 Role, Current Version Only</source>
        <translation>&amp;EC2-Rolle, nur aktuelle Version</translation>
    </message>
    <message>
        <source>User guide example: a role may read only the AWSCURRENT version.</source>
        <translation>Beispiel aus dem Benutzerhandbuch: Eine Rolle darf nur die Version AWSCURRENT lesen.</translation>
    </message>
    <message>
        <source>&amp;Cross-Account User</source>
        <translation>&amp;Kontoübergreifender Benutzer</translation>
    </message>
    <message>
        <source>User guide example: a user in another account may read the secret.</source>
        <translation>Beispiel aus dem Benutzerhandbuch: Ein Benutzer in einem anderen Konto darf das Secret lesen.</translation>
    </message>
    <message>
        <source>User With &amp;All Operations</source>
        <translation>Benutzer mit &amp;allen Operationen</translation>
    </message>
    <message>
        <source>User guide example: a user may call every Secrets Manager action.</source>
        <translation>Beispiel aus dem Benutzerhandbuch: Ein Benutzer darf jede Secrets-Manager-Aktion aufrufen.</translation>
    </message>
    <message>
        <source>Deny Requests Without &amp;TLS</source>
        <translation>Anfragen ohne &amp;TLS verweigern</translation>
    </message>
    <message>
        <source>Denies every request that does not use HTTPS.</source>
        <translation>Verweigert jede Anfrage, die kein HTTPS verwendet.</translation>
    </message>
    <message>
        <source>&amp;Organization Perimeter</source>
        <translation>&amp;Organisationsgrenze</translation>
    </message>
    <message>
        <source>Denies principals outside your AWS organization, except AWS services.</source>
        <translation>Verweigert Prinzipale außerhalb Ihrer AWS-Organisation, ausgenommen AWS-Services.</translation>
    </message>
    <message>
        <source>&amp;Service Principal With Source Account</source>
        <translation>&amp;Service-Prinzipal mit Quellkonto</translation>
    </message>
    <message>
        <source>Lets an AWS service read the secret on behalf of your account only.</source>
        <translation>Lässt einen AWS-Service das Secret nur im Auftrag Ihres Kontos lesen.</translation>
    </message>
</context>
<context>
    <name>model::PolicyTreeModel</name>
    <message>
        <source>Shown as written: the forms cannot edit this part</source>
        <translation>Wie geschrieben angezeigt: Die Formulare können diesen Teil nicht bearbeiten</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Add Statement</source>
        <translation>Anweisung hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Statement</source>
        <translation>Anweisung duplizieren</translation>
    </message>
    <message>
        <source>Delete Statement</source>
        <translation>Anweisung löschen</translation>
    </message>
    <message>
        <source>Move Statement Up</source>
        <translation>Anweisung nach oben</translation>
    </message>
    <message>
        <source>Move Statement Down</source>
        <translation>Anweisung nach unten</translation>
    </message>
    <message>
        <source>Add Value to %1</source>
        <translation>Wert zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Element (out of date: the JSON is invalid)</source>
        <translation>Element (veraltet: Das JSON ist ungültig)</translation>
    </message>
</context>
<context>
    <name>model::ScenariosModel</name>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>1 identity policy</source>
        <translation>1 Identitätsrichtlinie</translation>
    </message>
    <message>
        <source>%1 identity policies</source>
        <translation>%1 Identitätsrichtlinien</translation>
    </message>
    <message>
        <source>no context</source>
        <translation>kein Kontext</translation>
    </message>
    <message>
        <source>%1 · policy: %2</source>
        <translation>%1 · Richtlinie: %2</translation>
    </message>
    <message>
        <source>policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>keine Anfrage</translation>
    </message>
    <message>
        <source>No scenarios: add cells from the matrix or load a scenario file</source>
        <translation>Keine Szenarien: Fügen Sie Zellen aus der Matrix hinzu oder laden Sie eine Szenariodatei</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 invalid line</source>
        <translation>1 ungültige Zeile</translation>
    </message>
    <message>
        <source>%1 invalid lines</source>
        <translation>%1 ungültige Zeilen</translation>
    </message>
    <message>
        <source>%1 without expectations</source>
        <translation>%1 ohne Erwartung</translation>
    </message>
    <message>
        <source>%1 not run</source>
        <translation>%1 nicht ausgeführt</translation>
    </message>
    <message>
        <source>1 scenario</source>
        <translation>1 Szenario</translation>
    </message>
    <message>
        <source>%1 scenarios</source>
        <translation>%1 Szenarien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expect: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid line</source>
        <translation>Ungültige Zeile</translation>
    </message>
    <message>
        <source>No expectation</source>
        <translation>Keine Erwartung</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Principal: %1</source>
        <translation>Prinzipal: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Ressource: %1</translation>
    </message>
    <message>
        <source>Stale: the policy text does not parse; these are the last results</source>
        <translation>Veraltet: Der Richtlinientext lässt sich nicht parsen; dies sind die letzten Ergebnisse</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source> · matched list</source>
        <translation> · Liste der passenden Anweisungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Stage and context</source>
        <translation>Stage und Kontext</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
</context>
<context>
    <name>model::SecretArnCheck</name>
    <message>
        <source>Column %1: a secret ARN has six parts separated by colons: arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.</source>
        <translation>Spalte %1: Ein Secret-ARN hat sechs durch Doppelpunkte getrennte Teile: arn:PARTITION:secretsmanager:REGION:ACCOUNT:secret:NAME.</translation>
    </message>
    <message>
        <source>Column %1: an ARN starts with &quot;arn&quot;.</source>
        <translation>Spalte %1: Ein ARN beginnt mit &quot;arn&quot;.</translation>
    </message>
    <message>
        <source>Column %1: the partition (such as &quot;aws&quot;) is missing.</source>
        <translation>Spalte %1: Die Partition (etwa &quot;aws&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Column %1: the service must be &quot;secretsmanager&quot;.</source>
        <translation>Spalte %1: Der Dienst muss &quot;secretsmanager&quot; sein.</translation>
    </message>
    <message>
        <source>Column %1: the region (such as &quot;us-east-1&quot;) is missing.</source>
        <translation>Spalte %1: Die Region (etwa &quot;us-east-1&quot;) fehlt.</translation>
    </message>
    <message>
        <source>Column %1: the account must be 12 digits.</source>
        <translation>Spalte %1: Das Konto muss aus 12 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Column %1: the resource must be &quot;secret:&quot; followed by the secret&apos;s name.</source>
        <translation>Spalte %1: Die Ressource muss &quot;secret:&quot; gefolgt vom Namen des Secrets sein.</translation>
    </message>
    <message>
        <source>Column %1: a secret&apos;s name has only letters, digits and / _ + = . @ -</source>
        <translation>Spalte %1: Der Name eines Secrets besteht nur aus Buchstaben, Ziffern und / _ + = . @ -</translation>
    </message>
    <message>
        <source>This is not the ARN of a secret: the partition and the region are lowercase letters, digits and hyphens.</source>
        <translation>Dies ist nicht der ARN eines Secrets: Partition und Region bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
</context>
<context>
    <name>views::AboutDialog</name>
    <message>
        <source>About Secret Policy Studio</source>
        <translation>Über Secret Policy Studio</translation>
    </message>
    <message>
        <source>Secret Policy Studio logo</source>
        <translation>Logo von Secret Policy Studio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Secret Policy Studio %1&lt;/h2&gt;&lt;p&gt;Edit, lint and simulate AWS Secrets Manager resource policies.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Secret Policy Studio %1&lt;/h2&gt;&lt;p&gt;Ressourcenrichtlinien für AWS Secrets Manager bearbeiten, prüfen und simulieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;br/&gt;QScintilla %3.&lt;/p&gt;&lt;p&gt;Copyright 2026 The Secret Policy Studio authors. Released under the MIT licence; see Licences for what that means for the program you run.&lt;/p&gt;&lt;p&gt;The simulator follows AWS&apos;s documented rules; service control policies, permissions boundaries and session policies are not modelled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit Qt %1, läuft mit Qt %2.&lt;br/&gt;QScintilla %3.&lt;/p&gt;&lt;p&gt;Copyright 2026 Die Autoren von Secret Policy Studio. Veröffentlicht unter der MIT-Lizenz; unter „Lizenzen“ steht, was das für das Programm bedeutet, das Sie ausführen.&lt;/p&gt;&lt;p&gt;Der Simulator folgt den dokumentierten Regeln von AWS; Service-Kontrollrichtlinien, Berechtigungsgrenzen und Sitzungsrichtlinien werden nicht nachgebildet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Secret Policy Studio: MIT licence&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;h3&gt;Qt: GNU LGPL version 3&lt;/h3&gt;&lt;p&gt;This program uses the Qt libraries under the GNU Lesser General Public License version 3. You may replace them with your own build of Qt.&lt;/p&gt;&lt;h3&gt;QScintilla: GNU GPL version 3&lt;/h3&gt;&lt;p&gt;The JSON pane uses QScintilla by Riverbank Computing under the GNU General Public License version 3. Because this program links QScintilla, the program as distributed (the binary) is covered by the terms of the GPL version 3 as a whole: you may redistribute and change it under those terms, and the source code must be available to you. Our own source files remain available under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Secret Policy Studio: MIT-Lizenz&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;h3&gt;Qt: GNU LGPL Version 3&lt;/h3&gt;&lt;p&gt;Dieses Programm verwendet die Qt-Bibliotheken unter der GNU Lesser General Public License Version 3. Sie können sie durch Ihren eigenen Build von Qt ersetzen.&lt;/p&gt;&lt;h3&gt;QScintilla: GNU GPL Version 3&lt;/h3&gt;&lt;p&gt;Der JSON-Bereich verwendet QScintilla von Riverbank Computing unter der GNU General Public License Version 3. Da dieses Programm QScintilla einbindet, unterliegt das Programm in der verteilten Form (das Binärprogramm) als Ganzes den Bedingungen der GPL Version 3: Sie dürfen es unter diesen Bedingungen weitergeben und ändern, und der Quellcode muss Ihnen zugänglich sein. Unsere eigenen Quelldateien bleiben unter der MIT-Lizenz verfügbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>views::AwsOpenDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Open from AWS</source>
        <translation>Aus AWS öffnen</translation>
    </message>
    <message>
        <source>Opens the resource policy of a secret through your own aws command (AWS CLI), signed in as the profile says.</source>
        <translation>Öffnet die ressourcenbasierte Richtlinie eines Secrets über Ihren eigenen aws-Befehl (AWS CLI), angemeldet wie im Profil festgelegt.</translation>
    </message>
    <message>
        <source>Filter secrets by name, description or ARN</source>
        <translation>Secrets nach Name, Beschreibung oder ARN filtern</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Secrets filtern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Listing the secrets (%1)...</source>
        <translation>Secrets werden aufgelistet (%1)...</translation>
    </message>
    <message>
        <source>Fetching the policy of %1...</source>
        <translation>Die Richtlinie von %1 wird abgerufen...</translation>
    </message>
    <message numerus="yes">
        <source>Listing the secrets (%1): %n so far...</source>
        <translation>
            <numerusform>Secrets werden aufgelistet (%1): bisher %n...</numerusform>
            <numerusform>Secrets werden aufgelistet (%1): bisher %n...</numerusform>
        </translation>
    </message>
    <message>
        <source>No secrets (%1).</source>
        <translation>Keine Secrets (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) (%1). Type to filter, then open one.</source>
        <translation>
            <numerusform>%n Secret (%1). Tippen Sie zum Filtern, dann öffnen Sie eines.</numerusform>
            <numerusform>%n Secrets (%1). Tippen Sie zum Filtern, dann öffnen Sie eines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>views::AwsRoundTrip</name>
    <message>
        <source>Open from &amp;AWS...</source>
        <translation>Aus &amp;AWS öffnen...</translation>
    </message>
    <message>
        <source>&amp;Validate with AWS</source>
        <translation>Mit AWS &amp;validieren</translation>
    </message>
    <message>
        <source>Open the resource policy of a secret through your aws command (AWS CLI)</source>
        <translation>Die ressourcenbasierte Richtlinie eines Secrets über Ihren aws-Befehl (AWS CLI) öffnen</translation>
    </message>
    <message>
        <source>Ask AWS (validate-resource-policy) about the policy; its findings appear beside ours in Problems</source>
        <translation>AWS (validate-resource-policy) nach der Richtlinie fragen; seine Befunde erscheinen neben unseren unter Probleme</translation>
    </message>
    <message>
        <source>Open from AWS</source>
        <translation>Aus AWS öffnen</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Opened the policy of %1 from AWS (%2).</source>
        <translation>Die Richtlinie von %1 wurde aus AWS geöffnet (%2).</translation>
    </message>
    <message>
        <source>%1 has no resource policy yet: this is an empty one to fill in and deploy.</source>
        <translation>%1 hat noch keine ressourcenbasierte Richtlinie: Dies ist eine leere zum Ausfüllen und Bereitstellen.</translation>
    </message>
    <message>
        <source>AWS: %1</source>
        <translation>AWS: %1</translation>
    </message>
    <message>
        <source>Opened from AWS: %1 (%2), fetched %3</source>
        <translation>Aus AWS geöffnet: %1 (%2), abgerufen %3</translation>
    </message>
    <message>
        <source>Validate with AWS</source>
        <translation>Mit AWS validieren</translation>
    </message>
    <message>
        <source>Which AWS profile and region should validate the policy?</source>
        <translation>Welches AWS-Profil und welche Region sollen die Richtlinie validieren?</translation>
    </message>
    <message>
        <source>Validating with AWS (%1)...</source>
        <translation>Validierung mit AWS (%1)...</translation>
    </message>
    <message>
        <source>The policy changed while AWS validated it; validate again.</source>
        <translation>Die Richtlinie wurde geändert, während AWS sie validierte; validieren Sie erneut.</translation>
    </message>
    <message>
        <source>AWS: the policy passed validation.</source>
        <translation>AWS: Die Richtlinie hat die Validierung bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>AWS: the policy did not pass validation (%n finding(s) in Problems).</source>
        <translation>
            <numerusform>AWS: Die Richtlinie hat die Validierung nicht bestanden (%n Befund unter Probleme).</numerusform>
            <numerusform>AWS: Die Richtlinie hat die Validierung nicht bestanden (%n Befunde unter Probleme).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::AwsTargetWidget</name>
    <message>
        <source>A profile of your AWS configuration (~/.aws/config). The aws command signs in with it; Secret Policy Studio never sees the credentials.</source>
        <translation>Ein Profil Ihrer AWS-Konfiguration (~/.aws/config). Der aws-Befehl meldet sich damit an; Secret Policy Studio sieht die Anmeldedaten nie.</translation>
    </message>
    <message>
        <source>The region of the secret</source>
        <translation>Die Region des Secrets</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>profile %1, %2</source>
        <translation>Profil %1, %2</translation>
    </message>
    <message>
        <source>its default region</source>
        <translation>seine Standardregion</translation>
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
        <translation>Kontextschlüssel</translation>
    </message>
    <message>
        <source>Select a key to give it a value</source>
        <translation>Wählen Sie einen Schlüssel, um ihm einen Wert zu geben</translation>
    </message>
    <message>
        <source>Context value</source>
        <translation>Kontextwert</translation>
    </message>
    <message>
        <source>Context value (true or false)</source>
        <translation>Kontextwert (true oder false)</translation>
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
        <translation>Wert &amp;setzen</translation>
    </message>
    <message>
        <source>Use this value in every request of the matrix</source>
        <translation>Diesen Wert in jeder Anfrage der Matrix verwenden</translation>
    </message>
    <message>
        <source>C&amp;lear Value</source>
        <translation>Wert &amp;löschen</translation>
    </message>
    <message>
        <source>Back to the value derived from the request, or to an absent key</source>
        <translation>Zurück zum aus der Anfrage abgeleiteten Wert oder zu einem fehlenden Schlüssel</translation>
    </message>
    <message>
        <source>Value problem</source>
        <translation>Problem mit dem Wert</translation>
    </message>
    <message>
        <source>Key to add</source>
        <translation>Hinzuzufügender Schlüssel</translation>
    </message>
    <message>
        <source>aws:SourceVpce, aws:PrincipalTag/team, …</source>
        <translation>aws:SourceVpce, aws:PrincipalTag/team, …</translation>
    </message>
    <message>
        <source>&amp;Other key:</source>
        <translation>&amp;Anderer Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a row for a key the policy does not test, e.g. to see it in the requests</source>
        <translation>Eine Zeile für einen Schlüssel hinzufügen, den die Richtlinie nicht prüft, z. B. um ihn in den Anfragen zu sehen</translation>
    </message>
    <message>
        <source>%1: each column of the matrix names its own version stage</source>
        <translation>%1: Jede Spalte der Matrix nennt ihre eigene Versions-Stage</translation>
    </message>
    <message>
        <source>&amp;Value of %1 (%2; separate values with commas or new lines):</source>
        <translation>&amp;Wert von %1 (%2; Werte durch Kommas oder Zeilenumbrüche trennen):</translation>
    </message>
    <message>
        <source>&amp;Value of %1 (%2; several values one per line):</source>
        <translation>&amp;Wert von %1 (%2; mehrere Werte einer pro Zeile):</translation>
    </message>
    <message>
        <source>The policy tests no context keys: requests carry only the keys derived from them. Add a key below to send one anyway.</source>
        <translation>Die Richtlinie prüft keine Kontextschlüssel: Anfragen enthalten nur die daraus abgeleiteten Schlüssel. Fügen Sie unten einen Schlüssel hinzu, um trotzdem einen zu senden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>The policy uses %n context key(s).</source>
        <translation>
            <numerusform>Die Richtlinie verwendet %n Kontextschlüssel.</numerusform>
            <numerusform>Die Richtlinie verwendet %n Kontextschlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Given: %1, derived from each request: %2, absent: %3.</source>
        <translation>Angegeben: %1, aus jeder Anfrage abgeleitet: %2, fehlend: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not used because invalid.</source>
        <translation>
            <numerusform>%n Wert wird nicht verwendet, weil ungültig.</numerusform>
            <numerusform>%n Werte werden nicht verwendet, weil ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>views::ErrorBanner</name>
    <message>
        <source>&amp;Go to Error</source>
        <translation>Zum &amp;Fehler</translation>
    </message>
    <message>
        <source>The JSON is invalid: line %1, column %2: %3</source>
        <translation>Das JSON ist ungültig: Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>views::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Re&amp;place:</source>
        <translation>Erse&amp;tzen durch:</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Zu suchender Text</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>P&amp;revious</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>N&amp;ext</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
</context>
<context>
    <name>views::GuideWindow</name>
    <message>
        <source>Policy Language Guide</source>
        <translation>Handbuch zur Richtliniensprache</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Text des Handbuchs</translation>
    </message>
    <message>
        <source>The policy language guide. Tab moves between links; Enter follows a link.</source>
        <translation>Das Handbuch zur Richtliniensprache. Tab wechselt zwischen Links; Eingabe folgt einem Link.</translation>
    </message>
</context>
<context>
    <name>views::MainWindow</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; has unsaved changes. Save them first?</source>
        <translation>Die Richtlinie „%1“ hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program. Reload it and lose your unsaved changes? (Undo brings them back.)</source>
        <translation>„%1“ wurde von einem anderen Programm geändert. Neu laden und Ihre ungespeicherten Änderungen verwerfen? (Rückgängig holt sie zurück.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by another program. Reload it?</source>
        <translation>„%1“ wurde von einem anderen Programm geändert. Neu laden?</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Start a new policy</source>
        <translation>Eine neue Richtlinie beginnen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import get-resource-policy Output...</source>
        <translation>Ausgabe von get-resource-policy &amp;importieren...</translation>
    </message>
    <message>
        <source>Open the policy inside the output of &quot;aws secretsmanager get-resource-policy&quot;</source>
        <translation>Die Richtlinie aus der Ausgabe von &quot;aws secretsmanager get-resource-policy&quot; öffnen</translation>
    </message>
    <message>
        <source>As &amp;Pretty JSON...</source>
        <translation>Als &amp;formatiertes JSON...</translation>
    </message>
    <message>
        <source>As &amp;Minified JSON...</source>
        <translation>Als &amp;minimiertes JSON...</translation>
    </message>
    <message>
        <source>As AWS &amp;CLI Command...</source>
        <translation>Als AWS-&amp;CLI-Befehl...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Erse&amp;tzen...</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weitersuche&amp;n</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts s&amp;uchen</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>&amp;Go to Error</source>
        <translation>Zum &amp;Fehler</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Secret &amp;ARN...</source>
        <translation>Secret-&amp;ARN...</translation>
    </message>
    <message>
        <source>Set the ARN of the secret this policy belongs to, for the checks that need it</source>
        <translation>Den ARN des Secrets festlegen, zu dem diese Richtlinie gehört, für die Prüfungen, die ihn brauchen</translation>
    </message>
    <message>
        <source>&amp;About Secret Policy Studio</source>
        <translation>Ü&amp;ber Secret Policy Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1 (Undo reverts it)</source>
        <translation>%1 (Rückgängig macht es ungeschehen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed from disk; saving writes it again.</source>
        <translation>„%1“ wurde vom Datenträger entfernt; Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>%1[*] - Secret Policy Studio</source>
        <translation>%1[*] – Secret Policy Studio</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>Secrets Manager accepts policies of up to %1 characters, whitespace included.</source>
        <translation>Secrets Manager akzeptiert Richtlinien mit bis zu %1 Zeichen, Leerraum eingeschlossen.</translation>
    </message>
    <message>
        <source>Editing...</source>
        <translation>Bearbeitung...</translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <source>Invalid JSON</source>
        <translation>Ungültiges JSON</translation>
    </message>
    <message>
        <source>Line %1, Column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n security warning(s)</source>
        <translation>
            <numerusform>%n Sicherheitswarnung</numerusform>
            <numerusform>%n Sicherheitswarnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>JSON policies (*.json);;All files (*)</source>
        <translation>JSON-Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Imported the policy of %1</source>
        <translation>Richtlinie von %1 importiert</translation>
    </message>
    <message>
        <source>The policy is not valid JSON.</source>
        <translation>Die Richtlinie ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Secret ARN</source>
        <translation>Secret-ARN</translation>
    </message>
    <message>
        <source>ARN of the secret this policy belongs to (empty if unknown):</source>
        <translation>ARN des Secrets, zu dem diese Richtlinie gehört (leer, wenn unbekannt):</translation>
    </message>
    <message>
        <source>Restored unsaved changes; Undo shows the file as saved.</source>
        <translation>Ungespeicherte Änderungen wiederhergestellt; Rückgängig zeigt die Datei wie gespeichert.</translation>
    </message>
    <message>
        <source>an untitled policy</source>
        <translation>eine unbenannte Richtlinie</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Policy</source>
        <translation>Richtlinie öffnen</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save Policy</source>
        <translation>Richtlinie speichern</translation>
    </message>
    <message>
        <source>Save Policy As</source>
        <translation>Richtlinie speichern unter</translation>
    </message>
    <message>
        <source>Import get-resource-policy Output</source>
        <translation>Ausgabe von get-resource-policy importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Policy</source>
        <translation>Richtlinie importieren</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Export as Pretty JSON</source>
        <translation>Als formatiertes JSON exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Export as Minified JSON</source>
        <translation>Als minimiertes JSON exportieren</translation>
    </message>
    <message>
        <source>Export as AWS CLI Command</source>
        <translation>Als AWS-CLI-Befehl exportieren</translation>
    </message>
    <message>
        <source>&amp;Secret ID or ARN:</source>
        <translation>&amp;Secret-ID oder -ARN:</translation>
    </message>
    <message>
        <source>AWS CLI Command</source>
        <translation>AWS-CLI-Befehl</translation>
    </message>
    <message>
        <source>Save the policy as policy.json, then run:</source>
        <translation>Speichern Sie die Richtlinie als policy.json und führen Sie dann aus:</translation>
    </message>
    <message>
        <source>Uploads the saved file; save your changes first. Run:</source>
        <translation>Lädt die gespeicherte Datei hoch; speichern Sie Ihre Änderungen zuerst. Ausführen:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed on disk; kept your version.</source>
        <translation>„%1“ wurde auf dem Datenträger geändert; Ihre Version wurde behalten.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Cannot reload &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>The scenarios of &quot;%1&quot; have unsaved changes. Save them with the policy?</source>
        <translation>Die Szenarien von „%1“ haben ungespeicherte Änderungen. Mit der Richtlinie speichern?</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation>S&amp;zenarien</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Add to Scenarios</source>
        <translation>Zu Szenarien hinzufügen</translation>
    </message>
    <message>
        <source>Added to Scenarios: %1</source>
        <translation>Zu Szenarien hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Save Scenarios</source>
        <translation>Szenarien speichern</translation>
    </message>
    <message>
        <source>Policy Language &amp;Guide</source>
        <translation>&amp;Handbuch zur Richtliniensprache</translation>
    </message>
    <message>
        <source>A short guide to the policy language, with the user guide&apos;s examples</source>
        <translation>Eine kurze Anleitung zur Richtliniensprache, mit den Beispielen des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters auflisten</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>Click any part of the window, or a condition operator or key in the tree, to see what it is</source>
        <translation>Klicken Sie auf einen Teil des Fensters oder auf einen Bedingungsoperator oder Schlüssel im Baum, um zu sehen, was er ist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Go to Statement &amp;Tree</source>
        <translation>Zum Anweisungs&amp;baum</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Go to &amp;JSON Pane</source>
        <translation>Zum &amp;JSON-Bereich</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Go to Pro&amp;blems</source>
        <translation>Zu den Pro&amp;blemen</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Go to Si&amp;mulation</source>
        <translation>Zur Si&amp;mulation</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>Go to Sc&amp;enarios</source>
        <translation>Zu den Sz&amp;enarien</translation>
    </message>
    <message>
        <source>Alt+5</source>
        <translation>Alt+5</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>JSON pane</source>
        <translation>JSON-Bereich</translation>
    </message>
    <message>
        <source>The policy as JSON text. The statement tree follows every change.</source>
        <translation>Die Richtlinie als JSON-Text. Der Anweisungsbaum folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>Statement tree</source>
        <translation>Anweisungsbaum</translation>
    </message>
    <message>
        <source>The policy&apos;s statements and their elements. F2 edits a value; Insert adds one.</source>
        <translation>Die Anweisungen der Richtlinie und ihre Elemente. F2 bearbeitet einen Wert; Einfg fügt einen hinzu.</translation>
    </message>
    <message>
        <source>JSON error</source>
        <translation>JSON-Fehler</translation>
    </message>
    <message>
        <source>Problems list</source>
        <translation>Problemliste</translation>
    </message>
    <message>
        <source>Parse state</source>
        <translation>Parse-Status</translation>
    </message>
    <message>
        <source>Problem count</source>
        <translation>Anzahl der Probleme</translation>
    </message>
    <message>
        <source>Policy size</source>
        <translation>Größe der Richtlinie</translation>
    </message>
    <message>
        <source>Caret position</source>
        <translation>Cursorposition</translation>
    </message>
    <message>
        <source>Simulation views</source>
        <translation>Simulationsansichten</translation>
    </message>
    <message>
        <source>Change report</source>
        <translation>Änderungsbericht</translation>
    </message>
    <message>
        <source>Access matrices</source>
        <translation>Zugriffsmatrizen</translation>
    </message>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>Erklärung der ausgewählten Zelle</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;statement tree&lt;/b&gt; shows the policy&apos;s statements. Point at a condition operator, a condition key or an action to see what it means; F2 edits, Insert adds a value, Delete removes it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der &lt;b&gt;Anweisungsbaum&lt;/b&gt; zeigt die Anweisungen der Richtlinie. Zeigen Sie auf einen Bedingungsoperator, einen Bedingungsschlüssel oder eine Aktion, um zu sehen, was er bedeutet; F2 bearbeitet, Einfg fügt einen Wert hinzu, Entf entfernt ihn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;JSON pane&lt;/b&gt; holds the policy text, the single source of truth: the tree, the problems and the simulation follow it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der &lt;b&gt;JSON-Bereich&lt;/b&gt; enthält den Text der Richtlinie, die einzige maßgebliche Quelle: Baum, Probleme und Simulation folgen ihm.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Problems&lt;/b&gt; lists what the linter found. Activate a row to select its text.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Probleme&lt;/b&gt; listet auf, was die Prüfung gefunden hat. Aktivieren Sie eine Zeile, um ihren Text auszuwählen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;simulation&lt;/b&gt; shows which principals may call an action for each version stage, and why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die &lt;b&gt;Simulation&lt;/b&gt; zeigt, welche Prinzipale eine Aktion für jede Versions-Stage aufrufen dürfen, und warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opened the example &quot;%1&quot;</source>
        <translation>Beispiel „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Preference&amp;s...</source>
        <translation>Ein&amp;stellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Font, indentation, theme, language and simulation defaults</source>
        <translation>Schrift, Einrückung, Farbschema, Sprache und Vorgaben der Simulation</translation>
    </message>
    <message>
        <source>Not a secret ARN: %1</source>
        <translation>Kein Secret-ARN: %1</translation>
    </message>
    <message>
        <source>%1 / %2 characters: over AWS&apos;s limit, cheap checks only</source>
        <translation>%1 / %2 Zeichen: über dem Limit von AWS, nur einfache Prüfungen</translation>
    </message>
    <message>
        <source>Past the limit only the JSON syntax, the structure and the size are checked, and the Simulation is not computed.</source>
        <translation>Über dem Limit werden nur JSON-Syntax, Struktur und Größe geprüft, und die Simulation wird nicht berechnet.</translation>
    </message>
    <message>
        <source>&amp;Format Document</source>
        <translation>Dokument &amp;formatieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Lay the whole policy out again: one member a line, indented (Undo reverts it)</source>
        <translation>Die ganze Richtlinie neu setzen: ein Element pro Zeile, eingerückt (Rückgängig macht es rückgängig)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>Alt+Z</source>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <source>Wrap long lines at the edge of the JSON pane</source>
        <translation>Lange Zeilen am Rand des JSON-Bereichs umbrechen</translation>
    </message>
    <message>
        <source>Import get-resource-policy Output from C&amp;lipboard</source>
        <translation>get-resource-policy-Ausgabe aus der &amp;Zwischenablage importieren</translation>
    </message>
    <message>
        <source>Open the policy inside pasted output of &quot;aws secretsmanager get-resource-policy&quot;</source>
        <translation>Die Richtlinie aus eingefügter Ausgabe von „aws secretsmanager get-resource-policy“ öffnen</translation>
    </message>
    <message>
        <source>Cannot import the clipboard: %1</source>
        <translation>Die Zwischenablage kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: correct the error first.</source>
        <translation>Die Richtlinie ist kein gültiges JSON: beheben Sie zuerst den Fehler.</translation>
    </message>
    <message>
        <source>The policy is formatted already.</source>
        <translation>Die Richtlinie ist bereits formatiert.</translation>
    </message>
    <message>
        <source>Formatted the policy (Undo reverts it)</source>
        <translation>Richtlinie formatiert (Rückgängig macht es rückgängig)</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>der Zwischenablage</translation>
    </message>
    <message>
        <source>Imported the policy from %1</source>
        <translation>Richtlinie aus %1 importiert</translation>
    </message>
    <message>
        <source>%1[*] (read-only) - Secret Policy Studio</source>
        <translation>%1[*] (schreibgeschützt) – Secret Policy Studio</translation>
    </message>
    <message>
        <source>The file on disk is unchanged. Your changes are still in the editor, not saved: save them under another name?</source>
        <translation>Die Datei auf dem Datenträger ist unverändert. Ihre Änderungen sind noch im Editor, aber nicht gespeichert: unter einem anderen Namen speichern?</translation>
    </message>
    <message numerus="yes">
        <source>The policy has %n error(s); AWS will refuse it.</source>
        <translation>
            <numerusform>Die Richtlinie hat %n Fehler; AWS wird sie ablehnen.</numerusform>
            <numerusform>Die Richtlinie hat %n Fehler; AWS wird sie ablehnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save it anyway? The Problems list shows the errors.</source>
        <translation>Trotzdem speichern? Die Liste „Probleme“ zeigt die Fehler.</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again for this file</source>
        <translation>Für diese Datei &amp;nicht mehr fragen</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Secret Policy Studio was closed with unsaved changes to %1 (saved for recovery on %2).</source>
        <translation>Secret Policy Studio wurde mit ungespeicherten Änderungen an %1 geschlossen (zur Wiederherstellung gesichert am %2).</translation>
    </message>
    <message>
        <source>Restore them in a new window?</source>
        <translation>In einem neuen Fenster wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore them?</source>
        <translation>Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be saved: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot save &quot;%1&quot;: %2.</source>
        <translation>„%1“ kann nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This file cannot be saved in place (no write permission, a read-only file system or a folder that takes no new files); Save offers Save As.</source>
        <translation>Diese Datei kann nicht an ihrem Ort gespeichert werden (keine Schreibberechtigung, ein schreibgeschütztes Dateisystem oder ein Ordner, der keine neuen Dateien zulässt); „Speichern“ bietet „Speichern unter“ an.</translation>
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
        <translation>Anweisung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a statement at the end of the policy</source>
        <translation>Eine Anweisung am Ende der Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Insert</source>
        <translation>Ctrl+Shift+Insert</translation>
    </message>
    <message>
        <source>D&amp;uplicate Statement</source>
        <translation>Anweisung d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Insert a copy of the statement after it</source>
        <translation>Eine Kopie der Anweisung dahinter einfügen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Statement</source>
        <translation>Anweisung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the statement</source>
        <translation>Die Anweisung löschen</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Delete</translation>
    </message>
    <message>
        <source>Move Statement &amp;Up</source>
        <translation>Anweisung nach &amp;oben</translation>
    </message>
    <message>
        <source>Swap the statement with the one above</source>
        <translation>Die Anweisung mit der darüber tauschen</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move Statement Dow&amp;n</source>
        <translation>Anweisung nach un&amp;ten</translation>
    </message>
    <message>
        <source>Swap the statement with the one below</source>
        <translation>Die Anweisung mit der darunter tauschen</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add a value to the element</source>
        <translation>Dem Element einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the value or element</source>
        <translation>Den Wert oder das Element entfernen</translation>
    </message>
    <message>
        <source>Add &amp;Condition…</source>
        <translation>&amp;Bedingung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a condition to the statement</source>
        <translation>Der Anweisung eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Add Statement</source>
        <comment>toolbar</comment>
        <translation>Neue Anweisung</translation>
    </message>
    <message>
        <source>Duplicate Statement</source>
        <comment>toolbar</comment>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete Statement</source>
        <comment>toolbar</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move Statement Up</source>
        <comment>toolbar</comment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Statement Down</source>
        <comment>toolbar</comment>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add Value</source>
        <comment>toolbar</comment>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>toolbar</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add Condition…</source>
        <comment>toolbar</comment>
        <translation>Neue Bedingung…</translation>
    </message>
</context>
<context>
    <name>views::PreferencesDialog</name>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>JSON pane font</source>
        <translation>Schrift des JSON-Bereichs</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>JSON pane font size</source>
        <translation>Schriftgröße des JSON-Bereichs</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source> spaces</source>
        <translation> Leerzeichen</translation>
    </message>
    <message>
        <source>1 space</source>
        <translation>1 Leerzeichen</translation>
    </message>
    <message>
        <source>Indentation for new text, in spaces</source>
        <translation>Einrückung für neuen Text, in Leerzeichen</translation>
    </message>
    <message>
        <source>New policies, Export as Pretty JSON, and tree edits in a text that has no indentation of its own use this many spaces per level. Opened files keep theirs.</source>
        <translation>Neue Richtlinien, „Als formatiertes JSON exportieren“ und Bearbeitungen im Baum in einem Text ohne eigene Einrückung verwenden so viele Leerzeichen pro Ebene. Geöffnete Dateien behalten ihre.</translation>
    </message>
    <message>
        <source>&amp;Indentation for new text:</source>
        <translation>&amp;Einrückung für neuen Text:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Reparse delay, in milliseconds</source>
        <translation>Verzögerung der Neuanalyse, in Millisekunden</translation>
    </message>
    <message>
        <source>How long after the last keystroke the tree, the problems and the simulation catch up with the text.</source>
        <translation>Wie lange nach dem letzten Tastendruck Baum, Probleme und Simulation den Text einholen.</translation>
    </message>
    <message>
        <source>Reparse &amp;delay:</source>
        <translation>&amp;Verzögerung der Neuanalyse:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Farbsc&amp;hema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the program starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Default secret ARN</source>
        <translation>Standard-Secret-ARN</translation>
    </message>
    <message>
        <source>The secret the Simulation panel assumes for a policy that has no ARN of its own. Empty: an example ARN.</source>
        <translation>Das Secret, das die Simulation für eine Richtlinie ohne eigenen ARN annimmt. Leer: ein Beispiel-ARN.</translation>
    </message>
    <message>
        <source>Default secret AR&amp;N:</source>
        <translation>Standard-Secret-AR&amp;N:</translation>
    </message>
    <message>
        <source>Default actions</source>
        <translation>Standardaktionen</translation>
    </message>
    <message>
        <source>The actions a new access matrix shows; Space checks or unchecks the current one.</source>
        <translation>Die Aktionen, die eine neue Zugriffsmatrix zeigt; die Leertaste hakt die aktuelle an oder ab.</translation>
    </message>
    <message>
        <source>Default ac&amp;tions:</source>
        <translation>S&amp;tandardaktionen:</translation>
    </message>
    <message>
        <source>Choose at least one action.</source>
        <translation>Wählen Sie mindestens eine Aktion.</translation>
    </message>
    <message>
        <source>Only actions on one secret are listed: %1 name no secret, so a secret&apos;s policy cannot decide them and the Simulation has no table for them.</source>
        <translation>Nur Aktionen auf ein einzelnes Secret sind aufgeführt: %1 nennen kein Secret, daher kann die Richtlinie eines Secrets sie nicht entscheiden, und die Simulation hat keine Tabelle für sie.</translation>
    </message>
</context>
<context>
    <name>views::PrincipalsDialog</name>
    <message>
        <source>Principals of Your Own</source>
        <translation>Eigene Prinzipale</translation>
    </message>
    <message>
        <source>Added principals</source>
        <translation>Hinzugefügte Prinzipale</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected principal&apos;s row from the matrix</source>
        <translation>Die Zeile des ausgewählten Prinzipals aus der Matrix entfernen</translation>
    </message>
    <message>
        <source>Added &amp;principals (remembered with the file):</source>
        <translation>Hinzugefügte &amp;Prinzipale (mit der Datei gespeichert):</translation>
    </message>
    <message>
        <source>arn:aws:iam::444455556666:role/Reader</source>
        <translation>arn:aws:iam::444455556666:role/Reader</translation>
    </message>
    <message>
        <source>Optional: the principal&apos;s identity policy as JSON. Without it, answers that depend on it are Unknown.</source>
        <translation>Optional: die Identitätsrichtlinie des Prinzipals als JSON. Ohne sie sind Antworten, die davon abhängen, Unbekannt.</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>Aus Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Read the identity policy from a JSON file</source>
        <translation>Die Identitätsrichtlinie aus einer JSON-Datei lesen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the principal above as a row of the matrix</source>
        <translation>Den Prinzipal oben als Zeile der Matrix hinzufügen</translation>
    </message>
    <message>
        <source>P&amp;rincipal:</source>
        <translation>P&amp;rinzipal:</translation>
    </message>
    <message>
        <source>&amp;Identity policy:</source>
        <translation>&amp;Identitätsrichtlinie:</translation>
    </message>
    <message>
        <source>%1 (identity policies unknown)</source>
        <translation>%1 (Identitätsrichtlinien unbekannt)</translation>
    </message>
    <message>
        <source>%1 (identity policies: %2)</source>
        <translation>%1 (Identitätsrichtlinien: %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Load an Identity Policy</source>
        <translation>Identitätsrichtlinie laden</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>views::ProblemsPanel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
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
        <translation>Von AWS gemeldet (validate-resource-policy, %1)</translation>
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
        <translation>die Richtlinie hat die Validierung von AWS bestanden</translation>
    </message>
    <message>
        <source>the policy did not pass AWS&apos;s validation</source>
        <translation>die Richtlinie hat die Validierung von AWS nicht bestanden</translation>
    </message>
</context>
<context>
    <name>views::RequestClipboard</name>
    <message>
        <source>Copy &amp;Request</source>
        <translation>&amp;Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy the request as one JSON line, for secret-policy eval</source>
        <translation>Die Anfrage als eine JSON-Zeile kopieren, für secret-policy eval</translation>
    </message>
    <message>
        <source>Copy &amp;eval Command</source>
        <translation>&amp;eval-Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the command line that asks secret-policy eval this request about the file</source>
        <translation>Die Befehlszeile kopieren, die secret-policy eval diese Anfrage zur Datei stellt</translation>
    </message>
</context>
<context>
    <name>views::ScenariosPanel</name>
    <message>
        <source>Scenarios (*.jsonl);;All files (*)</source>
        <translation>Szenarien (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenario results</source>
        <translation>Szenarioergebnisse</translation>
    </message>
    <message>
        <source>Stale: the text does not parse; showing the last results</source>
        <translation>Veraltet: Der Text lässt sich nicht parsen; die letzten Ergebnisse werden gezeigt</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>Nur &amp;Fehlschläge</translation>
    </message>
    <message>
        <source>Show only failed scenarios and invalid lines</source>
        <translation>Nur fehlgeschlagene Szenarien und ungültige Zeilen zeigen</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Open a scenario file (JSON Lines)</source>
        <translation>Eine Szenariodatei öffnen (JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the scenarios next to the policy</source>
        <translation>Die Szenarien neben der Richtlinie speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>Unknown · policy: Denied (implicit)</source>
        <translation>Unbekannt · Richtlinie: Verweigert (implizit)</translation>
    </message>
    <message>
        <source>Scenario explanation</source>
        <translation>Erklärung des Szenarios</translation>
    </message>
    <message>
        <source>Select a scenario to see why it passed or failed</source>
        <translation>Wählen Sie ein Szenario, um zu sehen, warum es bestanden hat oder fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;Go to Statement</source>
        <translation>Zur &amp;Anweisung</translation>
    </message>
    <message>
        <source>Select the statement that decided the scenario in the text</source>
        <translation>Die Anweisung, die das Szenario entschieden hat, im Text auswählen</translation>
    </message>
    <message>
        <source>&amp;Delete Scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <source>Load Scenarios</source>
        <translation>Szenarien laden</translation>
    </message>
    <message>
        <source>Save the policy first, or choose a file with Save As…</source>
        <translation>Speichern Sie zuerst die Richtlinie oder wählen Sie mit „Speichern unter…“ eine Datei</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Resource: %1</source>
        <translation>Ressource: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
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
        <translation>Passende Anweisungen: keine</translation>
    </message>
    <message>
        <source>Matched statements: %1</source>
        <translation>Passende Anweisungen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Line as saved:</source>
        <translation>Zeile wie gespeichert:</translation>
    </message>
    <message>
        <source>Not Checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Expect the Current Result</source>
        <translation>Aktuelles &amp;Ergebnis erwarten</translation>
    </message>
    <message>
        <source>Expected &amp;Effective Decision</source>
        <translation>Erwartete e&amp;ffektive Entscheidung</translation>
    </message>
    <message>
        <source>Expected &amp;Policy Decision</source>
        <translation>Erwartete Entscheidung der &amp;Richtlinie</translation>
    </message>
    <message>
        <source>The scenarios have unsaved changes. Discard them?</source>
        <translation>Die Szenarien haben ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Save Scenarios</source>
        <translation>Szenarien speichern</translation>
    </message>
    <message>
        <source>Save Scenarios As</source>
        <translation>Szenarien speichern unter</translation>
    </message>
    <message>
        <source>E&amp;xpect Current Result</source>
        <translation>Aktuelles Ergebnis er&amp;warten</translation>
    </message>
    <message>
        <source>Make the policy&apos;s current answer the expected one (the context menu sets each expected decision by hand)</source>
        <translation>Die aktuelle Antwort der Richtlinie zur erwarteten machen (das Kontextmenü setzt jede erwartete Entscheidung von Hand)</translation>
    </message>
    <message>
        <source>Remove the selected scenario (Delete)</source>
        <translation>Das gewählte Szenario entfernen (Entf)</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
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
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Action or key, e.g. &quot;save&quot; or &quot;F3&quot;</source>
        <translation>Aktion oder Taste, z. B. „speichern“ oder „F3“</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
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
        <translation>Veraltet: Der Text lässt sich nicht parsen; die letzten Ergebnisse werden gezeigt</translation>
    </message>
    <message>
        <source>E&amp;xport Matrix…</source>
        <translation>Matrix e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the matrix as CSV, Markdown or HTML</source>
        <translation>Die Matrix als CSV, Markdown oder HTML speichern</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Show which access the current text gains or loses against another policy</source>
        <translation>Zeigen, welchen Zugriff der aktuelle Text gegenüber einer anderen Richtlinie gewinnt oder verliert</translation>
    </message>
    <message>
        <source>The &amp;Saved File</source>
        <translation>Der ge&amp;speicherten Datei</translation>
    </message>
    <message>
        <source>Another &amp;Policy File…</source>
        <translation>Einer anderen &amp;Richtliniendatei…</translation>
    </message>
    <message>
        <source>A Pasted P&amp;olicy…</source>
        <translation>Einer eingefügten R&amp;ichtlinie…</translation>
    </message>
    <message>
        <source>&amp;Stop Comparing</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
    <message>
        <source>Add &amp;Principal…</source>
        <translation>&amp;Prinzipal hinzufügen…</translation>
    </message>
    <message>
        <source>Add a row for a principal of your own, with its identity policies</source>
        <translation>Eine Zeile für einen eigenen Prinzipal mit seinen Identitätsrichtlinien hinzufügen</translation>
    </message>
    <message>
        <source>Unknown · policy:</source>
        <translation>Unbekannt · Richtlinie:</translation>
    </message>
    <message>
        <source>Select a cell to see why</source>
        <translation>Wählen Sie eine Zelle, um den Grund zu sehen</translation>
    </message>
    <message>
        <source>Note: only this secret policy and the identity policies you give are evaluated. AWS also applies service control policies, permissions boundaries, session policies and KMS key policies, which are not modelled here.</source>
        <translation>Hinweis: Ausgewertet werden nur diese Secret-Richtlinie und die von Ihnen angegebenen Identitätsrichtlinien. AWS wendet außerdem Dienststeuerungsrichtlinien, Berechtigungsgrenzen, Sitzungsrichtlinien und KMS-Schlüsselrichtlinien an, die hier nicht modelliert werden.</translation>
    </message>
    <message>
        <source>Not comparing: use Compare with… to see what a change to the policy does to access</source>
        <translation>Kein Vergleich: Mit „Vergleichen mit…“ sehen Sie, was eine Änderung der Richtlinie am Zugriff ändert</translation>
    </message>
    <message>
        <source>Expor&amp;t Changes…</source>
        <translation>Änderungen expor&amp;tieren…</translation>
    </message>
    <message>
        <source>Save the change report as CSV, Markdown or HTML</source>
        <translation>Den Änderungsbericht als CSV, Markdown oder HTML speichern</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown report format for %1: use .csv, .md or .html</source>
        <translation>Unbekanntes Berichtsformat für %1: Verwenden Sie .csv, .md oder .html</translation>
    </message>
    <message>
        <source>There is no matrix to export: the text has never parsed</source>
        <translation>Es gibt keine Matrix zum Exportieren: Der Text ließ sich noch nie parsen</translation>
    </message>
    <message>
        <source>There is no change report: compare with another policy first</source>
        <translation>Es gibt keinen Änderungsbericht: Vergleichen Sie zuerst mit einer anderen Richtlinie</translation>
    </message>
    <message>
        <source>%1 is not a valid policy</source>
        <translation>%1 ist keine gültige Richtlinie</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
    <message>
        <source> (stale: the text does not parse)</source>
        <translation> (veraltet: Der Text lässt sich nicht parsen)</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>Matrix exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md);;HTML (*.html)</source>
        <translation>CSV (*.csv);;Markdown (*.md);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>The document has not been saved to a file yet.</source>
        <translation>Das Dokument wurde noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>the saved file %1</source>
        <translation>der gespeicherten Datei %1</translation>
    </message>
    <message>
        <source>Compare with the Saved File</source>
        <translation>Mit der gespeicherten Datei vergleichen</translation>
    </message>
    <message>
        <source>Compare with a Pasted Policy</source>
        <translation>Mit einer eingefügten Richtlinie vergleichen</translation>
    </message>
    <message>
        <source>The policy to compare with (JSON):</source>
        <translation>Die Richtlinie, mit der verglichen wird (JSON):</translation>
    </message>
    <message>
        <source>the pasted policy</source>
        <translation>der eingefügten Richtlinie</translation>
    </message>
    <message>
        <source>Compare with a Policy File</source>
        <translation>Mit einer Richtliniendatei vergleichen</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Secret: %1 (an example ARN; set the real one with Policy &gt; Secret ARN...)</source>
        <translation>Secret: %1 (ein Beispiel-ARN; den echten legen Sie unter Richtlinie &gt; Secret-ARN... fest)</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Effective decision: %1</source>
        <translation>Effektive Entscheidung: %1</translation>
    </message>
    <message>
        <source>Secret policy&apos;s decision: %1</source>
        <translation>Entscheidung der Secret-Richtlinie: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Matched statements: none</source>
        <translation>Passende Anweisungen: keine</translation>
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
        <translation>Passende Anweisungen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Request (for secret-policy eval):</source>
        <translation>Anfrage (für secret-policy eval):</translation>
    </message>
    <message>
        <source>Add to &amp;Scenarios</source>
        <translation>Zu S&amp;zenarien hinzufügen</translation>
    </message>
    <message>
        <source>Save the selected cell&apos;s request as a scenario that expects its current answer</source>
        <translation>Die Anfrage der gewählten Zelle als Szenario speichern, das ihre aktuelle Antwort erwartet</translation>
    </message>
    <message>
        <source>The actions shown: one table each</source>
        <translation>Die angezeigten Aktionen: je eine Tabelle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Actions:</source>
        <translation>&amp;Aktionen:</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>A larger matrix is being computed; the last one stays shown meanwhile</source>
        <translation>Eine größere Matrix wird berechnet; bis dahin bleibt die letzte sichtbar</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 Aktionen</translation>
    </message>
    <message>
        <source>Access matrix for %1</source>
        <translation>Zugriffsmatrix für %1</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The request context keys the policy tests, and their values</source>
        <translation>Die Kontextschlüssel der Anfrage, die die Richtlinie prüft, und ihre Werte</translation>
    </message>
    <message>
        <source>Secret: %1 (the default of the preferences; set this policy&apos;s with Policy &gt; Secret ARN...)</source>
        <translation>Secret: %1 (der Standard aus den Einstellungen; den dieser Richtlinie legen Sie unter Richtlinie &gt; Secret-ARN... fest)</translation>
    </message>
    <message>
        <source>Not computed: the policy is longer than AWS&apos;s limit of 20,480 characters, which AWS refuses</source>
        <translation>Nicht berechnet: Die Richtlinie ist länger als das Limit von AWS (20.480 Zeichen), AWS lehnt sie ab</translation>
    </message>
    <message>
        <source>No results: the text has not been valid JSON since it was opened (the banner above the JSON pane shows where it fails).</source>
        <translation>Keine Ergebnisse: Der Text war seit dem Öffnen nie gültiges JSON (das Banner über dem JSON-Bereich zeigt, wo der Fehler liegt).</translation>
    </message>
    <message>
        <source>Access matrix (no results)</source>
        <translation>Zugriffsmatrix (keine Ergebnisse)</translation>
    </message>
    <message>
        <source>Compute &amp;Anyway</source>
        <translation>&amp;Trotzdem berechnen</translation>
    </message>
    <message>
        <source>Compute the matrix of this policy although AWS would refuse it: a large policy can take a while, on a worker</source>
        <translation>Die Matrix dieser Richtlinie berechnen, obwohl AWS sie ablehnen würde: Eine große Richtlinie kann eine Weile dauern (im Hintergrund)</translation>
    </message>
    <message>
        <source>No results yet: the policy is being analysed</source>
        <translation>Noch keine Ergebnisse: Die Richtlinie wird analysiert</translation>
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
        <translation>der Prinzipal ist genannt</translation>
    </message>
    <message>
        <source>the principal matches a wildcard</source>
        <translation>der Prinzipal passt auf einen Platzhalter</translation>
    </message>
    <message>
        <source>the principal&apos;s account is named</source>
        <translation>das Konto des Prinzipals ist genannt</translation>
    </message>
    <message>
        <source>Statement %1 (Sid %2)</source>
        <translation>Anweisung %1 (Sid %2)</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>Anweisung %1</translation>
    </message>
    <message>
        <source>Why: matched and failing statements</source>
        <translation>Grund: passende und scheiternde Anweisungen</translation>
    </message>
    <message>
        <source>Click a line, or press Enter on it, to go to its text</source>
        <translation>Klicken Sie auf eine Zeile oder drücken Sie darauf die Eingabetaste, um zu ihrem Text zu gehen</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>✓ %1 matched (%2): %3</source>
        <translation>✓ %1 passt (%2): %3</translation>
    </message>
    <message>
        <source>%1 matched (%2): %3</source>
        <translation>%1 passt (%2): %3</translation>
    </message>
    <message>
        <source>✓ matched (%1)</source>
        <translation>✓ passt (%1)</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✗ not matched</source>
        <translation>✗ passt nicht</translation>
    </message>
    <message>
        <source>✗ fails here</source>
        <translation>✗ scheitert hier</translation>
    </message>
</context>
</TS>
