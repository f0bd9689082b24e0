/**
 * Helpers of the REST endpoints' requests: uploads read within their limits ({@code Uploads}) and query parameters
 * checked before a resource sees them ({@code QueryParameters}). The application class that names every resource is in
 * {@code app}, at the top; problem responses and languages in {@code base}, at the bottom (no package cycle:
 * {@code PackageCyclesTest}).
 */
package cn.exchange.web.api;
