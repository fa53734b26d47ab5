package se.stockholm.vfu.it;

import jakarta.servlet.FilterChain;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test deployments only: a servlet filter in front of the API that fails as nothing in the portal is meant to, on its
 * one URL, to see such a failure answered and logged (web.ErrorLogIT).
 */
@WebFilter(urlPatterns = FailingApiFilter.PATH)
public class FailingApiFilter extends HttpFilter {

    /** The one URL it fails on, below the application. */
    public static final String PATH = "/api/it/failing-filter";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        throw new IllegalStateException(FailingService.FAILURE);
    }
}
