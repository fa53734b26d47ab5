package se.stockholm.vfu.term;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The id of the term a URL names by code ("VT2027", any case), for every term-scoped JSON call. A term's code never
 * changes (its season and year stay, {@link TermService#change}) and no term is ever removed, so an id once found is
 * kept for the server's life: a call then costs a map lookup, not a transaction and a query (the JSON list spent a
 * ninth of its time there, docs/performance.md). Only codes of existing terms are kept, so the map holds no more
 * entries than there are terms; an unknown code is asked of {@link TermService} every time and answers 404.
 * No role check of its own, unlike {@link TermService}: the API lets no call on unsigned ({@code api.ApiGuard}), every
 * signed-in user has one of the roles the term service allows, and every service a term's id is then given to checks
 * the caller's role and scope itself; a term's id says nothing about anyone.
 */
@ApplicationScoped
public class TermIds {

    private final Map<String, Long> byCode = new ConcurrentHashMap<>();

    @Inject
    private TermService terms;

    /** The id of the term with this code, or a 404 ({@link se.stockholm.vfu.common.NotFoundException}). */
    public long of(String code) {
        String key = Term.codeOf(code);
        Long known = byCode.get(key);
        if (known != null) {
            return known;
        }
        long id = terms.idOf(key);
        byCode.put(key, id);
        return id;
    }
}
