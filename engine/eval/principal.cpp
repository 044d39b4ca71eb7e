#include "eval/principal.h"

#include "values/arn.h"

namespace engine::eval {

namespace {

std::string_view lastSegment(std::string_view path)
{
    const std::size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool hasPartialWildcard(std::string_view text)
{
    return text != "*" && text.find_first_of("*?") != std::string_view::npos;
}

bool coveredBy(const PrincipalPattern &p, ChainElement element, const Identity &who,
               std::optional<std::string_view> userId);

bool uniqueIdMatches(const PrincipalPattern &p, std::optional<std::string_view> userId)
{
    if (!userId)
        return false;
    if (*userId == p.text)
        return true;
    return p.roleId && userId->size() > p.text.size() && userId->starts_with(p.text)
           && (*userId)[p.text.size()] == ':';
}

bool accountMatches(const PrincipalPattern &p, const Identity &who)
{
    return who.hasAccount() && who.account == p.account
           && (p.partition.empty() || p.partition == who.partition);
}

bool roleMatches(const PrincipalPattern &p, const Identity &who)
{
    return (who.kind == IdentityKind::Role || who.kind == IdentityKind::Session)
           && who.name == p.roleName && who.account == p.account && who.partition == p.partition;
}

bool coveredBy(const PrincipalPattern &p, ChainElement element, const Identity &who,
               std::optional<std::string_view> userId)
{
    using K = PrincipalPattern::Kind;
    if (p.kind == K::Everyone)
        return true;
    switch (element) {
    case ChainElement::Account:
        return p.kind == K::Account && accountMatches(p, who);
    case ChainElement::User:
        return ((p.kind == K::User || p.kind == K::ExactArn) && p.text == who.text)
               || (p.kind == K::UniqueId && !p.roleId && uniqueIdMatches(p, userId));
    case ChainElement::Role:
        return (p.kind == K::Role && roleMatches(p, who))
               || (p.kind == K::UniqueId && p.roleId && uniqueIdMatches(p, userId));
    case ChainElement::Session:
    case ChainElement::FederatedUser:
    case ChainElement::OtherArn:
        return (p.kind == K::Session || p.kind == K::FederatedUser || p.kind == K::ExactArn
                || p.kind == K::User)
               && p.text == who.text;
    case ChainElement::Service:
        return p.kind == K::Service && p.text == who.text;
    case ChainElement::Federated:
        return p.kind == K::Federated && p.text == who.text;
    case ChainElement::CanonicalUser:
        return p.kind == K::CanonicalUser && p.text == who.text;
    case ChainElement::Anonymous:
        return false;
    }
    return false;
}

} // namespace

bool isUniqueId(std::string_view text)
{
    if (text.size() < 16 || text[0] != 'A')
        return false;
    for (char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

Identity classifyPrincipal(const RequestPrincipal &principal)
{
    Identity who;
    who.text = principal.text;
    switch (principal.form) {
    case RequestPrincipal::Form::Service:
        who.kind = IdentityKind::Service;
        return who;
    case RequestPrincipal::Form::Federated:
        who.kind = IdentityKind::Federated;
        return who;
    case RequestPrincipal::Form::CanonicalUser:
        who.kind = IdentityKind::CanonicalUser;
        return who;
    case RequestPrincipal::Form::Anonymous:
        who.kind = IdentityKind::Anonymous;
        who.text = {};
        return who;
    case RequestPrincipal::Form::Arn:
        break;
    }
    const std::string_view text = principal.text;
    if (text == "anonymous") {
        who.kind = IdentityKind::Anonymous;
        who.text = {};
        return who;
    }
    values::ArnFields f;
    if (!values::splitArn(text, f) || f.prefix() != "arn") {
        who.kind = IdentityKind::Invalid;
        return who;
    }
    who.partition = f.partition();
    who.account = f.account();
    who.kind = IdentityKind::OtherArn;
    const std::string_view res = f.resource();
    if (f.service() == "iam" && f.region().empty()) {
        if (res == "root") {
            who.kind = IdentityKind::Root;
        } else if (res.starts_with("user/") && res.size() > 5) {
            who.kind = IdentityKind::User;
            who.name = lastSegment(res);
        } else if (res.starts_with("role/") && res.size() > 5) {
            who.kind = IdentityKind::Role;
            who.name = lastSegment(res);
        }
    } else if (f.service() == "sts" && f.region().empty()) {
        if (res.starts_with("assumed-role/")) {
            const std::string_view rest = res.substr(13);
            const std::size_t slash = rest.find('/');
            if (slash != std::string_view::npos && slash > 0 && slash + 1 < rest.size()) {
                who.kind = IdentityKind::Session;
                who.name = rest.substr(0, slash);
                who.session = rest.substr(slash + 1);
            }
        } else if (res.starts_with("federated-user/") && res.size() > 15) {
            who.kind = IdentityKind::FederatedUser;
            who.name = res.substr(15);
        }
    }
    return who;
}

int identityChain(const Identity &identity, ChainElement (&out)[3])
{
    int n = 0;
    switch (identity.kind) {
    case IdentityKind::Root:
        out[n++] = ChainElement::Account;
        break;
    case IdentityKind::User:
        out[n++] = ChainElement::Account;
        out[n++] = ChainElement::User;
        break;
    case IdentityKind::Role:
        out[n++] = ChainElement::Account;
        out[n++] = ChainElement::Role;
        break;
    case IdentityKind::Session:
        out[n++] = ChainElement::Account;
        out[n++] = ChainElement::Role;
        out[n++] = ChainElement::Session;
        break;
    case IdentityKind::FederatedUser:
        out[n++] = ChainElement::Account;
        out[n++] = ChainElement::FederatedUser;
        break;
    case IdentityKind::OtherArn:
        if (identity.hasAccount())
            out[n++] = ChainElement::Account;
        out[n++] = ChainElement::OtherArn;
        break;
    case IdentityKind::Service:
        out[n++] = ChainElement::Service;
        break;
    case IdentityKind::Federated:
        out[n++] = ChainElement::Federated;
        break;
    case IdentityKind::CanonicalUser:
        out[n++] = ChainElement::CanonicalUser;
        break;
    case IdentityKind::Anonymous:
    case IdentityKind::Invalid:
        out[n++] = ChainElement::Anonymous;
        break;
    }
    return n;
}

PrincipalPattern compilePrincipalEntry(const PrincipalEntry &entry)
{
    using K = PrincipalPattern::Kind;
    PrincipalPattern p;
    p.text = entry.text;
    switch (entry.type) {
    case PrincipalType::Service:
        p.kind = hasPartialWildcard(entry.text) || entry.text == "*" ? K::Nothing : K::Service;
        return p;
    case PrincipalType::Federated:
        p.kind = hasPartialWildcard(entry.text) || entry.text == "*" ? K::Nothing : K::Federated;
        return p;
    case PrincipalType::CanonicalUser:
        p.kind = hasPartialWildcard(entry.text) || entry.text == "*" ? K::Nothing
                                                                     : K::CanonicalUser;
        return p;
    case PrincipalType::AWS:
        break;
    }
    const std::string_view text = entry.text;
    if (text == "*") {
        p.kind = K::Everyone;
        return p;
    }
    if (hasPartialWildcard(text)) {
        p.kind = K::Nothing;
        return p;
    }
    if (values::isAccountId(text)) {
        p.kind = K::Account;
        p.account = entry.text;
        return p;
    }
    if (isUniqueId(text)) {
        p.kind = K::UniqueId;
        p.roleId = text.starts_with("AROA");
        return p;
    }
    values::ArnFields f;
    if (!values::splitArn(text, f) || f.prefix() != "arn") {
        p.kind = K::Nothing;
        return p;
    }
    p.kind = K::ExactArn;
    const std::string_view res = f.resource();
    if (f.service() == "iam" && f.region().empty()) {
        if (res == "root") {
            p.kind = K::Account;
            p.partition = f.partition();
            p.account = f.account();
        } else if (res.starts_with("user/") && res.size() > 5) {
            p.kind = K::User;
        } else if (res.starts_with("role/") && res.size() > 5) {
            p.kind = K::Role;
            p.partition = f.partition();
            p.account = f.account();
            p.roleName = lastSegment(res);
        }
    } else if (f.service() == "sts" && f.region().empty()) {
        if (res.starts_with("assumed-role/"))
            p.kind = K::Session;
        else if (res.starts_with("federated-user/"))
            p.kind = K::FederatedUser;
    }
    return p;
}

std::vector<PrincipalPattern> compilePrincipalPart(const PrincipalPart &part)
{
    std::vector<PrincipalPattern> out;
    if (part.star) {
        out.push_back(PrincipalPattern{PrincipalPattern::Kind::Everyone, "*", {}, {}, {}, false});
        return out;
    }
    out.reserve(part.entries.size());
    for (const PrincipalEntry &entry : part.entries)
        out.push_back(compilePrincipalEntry(entry));
    return out;
}

std::optional<PrincipalMatch> matchPrincipal(const std::vector<PrincipalPattern> &patterns,
                                             const Identity &who,
                                             std::optional<std::string_view> userId)
{
    using K = PrincipalPattern::Kind;
    std::optional<PrincipalMatch> best;
    const auto offer = [&best](PrincipalMatch m) {
        if (!best || static_cast<int>(m) > static_cast<int>(*best))
            best = m;
    };
    const bool arnKind = who.kind == IdentityKind::Root || who.kind == IdentityKind::User
                         || who.kind == IdentityKind::Role || who.kind == IdentityKind::Session
                         || who.kind == IdentityKind::FederatedUser
                         || who.kind == IdentityKind::OtherArn;
    for (const PrincipalPattern &p : patterns) {
        switch (p.kind) {
        case K::Everyone:
            offer(PrincipalMatch::Wildcard);
            break;
        case K::Account:
            if (arnKind && accountMatches(p, who))
                offer(PrincipalMatch::Account);
            break;
        case K::User:
        case K::Session:
        case K::FederatedUser:
        case K::ExactArn:
            if (arnKind && who.kind != IdentityKind::Root && p.text == who.text)
                offer(PrincipalMatch::Direct);
            break;
        case K::Role:
            if (roleMatches(p, who))
                offer(PrincipalMatch::Direct);
            break;
        case K::UniqueId:
            if (arnKind && uniqueIdMatches(p, userId))
                offer(PrincipalMatch::Direct);
            break;
        case K::Service:
            if (who.kind == IdentityKind::Service && p.text == who.text)
                offer(PrincipalMatch::Direct);
            break;
        case K::Federated:
            if (who.kind == IdentityKind::Federated && p.text == who.text)
                offer(PrincipalMatch::Direct);
            break;
        case K::CanonicalUser:
            if (who.kind == IdentityKind::CanonicalUser && p.text == who.text)
                offer(PrincipalMatch::Direct);
            break;
        case K::Nothing:
            break;
        }
    }
    return best;
}

bool notPrincipalHolds(const std::vector<PrincipalPattern> &patterns, Effect effect,
                       const Identity &identity, std::optional<std::string_view> userId)
{
    ChainElement chain[3];
    const int n = identityChain(identity, chain);
    const auto covered = [&](ChainElement element) {
        for (const PrincipalPattern &p : patterns) {
            if (coveredBy(p, element, identity, userId))
                return true;
        }
        return false;
    };
    if (effect == Effect::Allow)
        return !covered(chain[n - 1]);
    for (int i = 0; i < n; ++i) {
        if (!covered(chain[i]))
            return true;
    }
    return false;
}

} // namespace engine::eval
