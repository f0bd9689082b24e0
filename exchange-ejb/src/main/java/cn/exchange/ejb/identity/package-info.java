/**
 * Who is calling, at the bottom of the ejb module: the signed-in caller ({@code Caller}) as the resolver builds it from
 * the container's principal ({@code CallerResolver}), the request's origin (address, request id: {@code RequestOrigin})
 * and the accounts cache that spares a query per request ({@code AccountCache}). Every service reads it; it reads no
 * other package of the module (no package cycle: {@code web/architecture/PackageCyclesTest}).
 */
package cn.exchange.ejb.identity;
