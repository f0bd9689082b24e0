package cn.exchange.ejb.auction;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a bid's CPU goes in the server, from the benchmark's JFR recording ({@code -Dexchange.bench.jfr}): of the
 * execution samples taken while a thread handled a REST bid ({@code AuctionResource.bid} on its stack) or a socket bid
 * ({@code SocketBids.bid}), and of those of the lot writers, the share whose stack passes through each layer (a sample
 * counts for every layer on its stack, so the shares add up to more than 100 %).
 */
final class BidProfile {

    /** Layer name → a part of the class or method names that marks it on a stack. */
    static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("HTTP (Grizzly, Catalina)", "org.glassfish.grizzly|org.apache.catalina");
        LAYERS.put("authentication (token, account cache)", "ExchangeAuthenticationMechanism|TokenService|AccountCache");
        LAYERS.put("Jakarta Security / JASPIC", "org.glassfish.soteria|com.sun.enterprise.security|org.glassfish.security");
        LAYERS.put("Jersey (routing, filters, providers)", "org.glassfish.jersey");
        LAYERS.put("JSON-B / JSON-P", "org.eclipse.yasson|org.eclipse.parsson");
        LAYERS.put("CDI (Weld proxies, contexts)", "org.jboss.weld");
        LAYERS.put("EJB container (interceptors, tx)", "com.sun.ejb");
        LAYERS.put("rate limiter (data grid)", "RateLimiter|com.hazelcast");
        LAYERS.put("bid checks (Bidding)", "Bidding.place|Bidding.codeOf");
        LAYERS.put("metrics", "ExchangeMetrics|fish.payara.microprofile.metrics");
        LAYERS.put("WebSocket (Tyrus)", "org.glassfish.tyrus");
        LAYERS.put("engine (AuctionEngine)", "cn.exchange.core.auction");
        LAYERS.put("JDBC (PostgreSQL driver)", "org.postgresql");
        LAYERS.put("logging", "java.util.logging|RequestLog");
    }

    private BidProfile() {
    }

    static String of(Path recording) throws IOException {
        if (!Files.exists(recording)) {
            return "bid profile: no recording at " + recording;
        }
        Map<String, int[]> counts = new LinkedHashMap<>();   // path -> per layer, last = total
        for (String path : List.of("REST bid", "socket bid", "lot writer")) {
            counts.put(path, new int[LAYERS.size() + 1]);
        }
        try (RecordingFile f = new RecordingFile(recording)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame fr : e.getStackTrace().getFrames()) {
                    frames.add(fr.getMethod().getType().getName() + "." + fr.getMethod().getName());
                }
                String stack = String.join(" ", frames);
                String path = stack.contains("AuctionResource.bid") ? "REST bid" : stack.contains("SocketBids.bid") ? "socket bid"
                        : stack.contains("LotWriter") ? "lot writer" : null;
                if (path == null) {
                    continue;
                }
                int[] c = counts.get(path);
                c[LAYERS.size()]++;
                int i = 0;
                for (String marks : LAYERS.values()) {
                    for (String mark : marks.split("\\|")) {
                        if (stack.contains(mark)) {
                            c[i]++;
                            break;
                        }
                    }
                    i++;
                }
            }
        }
        StringBuilder out = new StringBuilder("bid profile (JFR execution samples; share of each path's samples whose stack passes"
                + " through the layer)\n");
        for (Map.Entry<String, int[]> p : counts.entrySet()) {
            int[] c = p.getValue();
            int total = c[LAYERS.size()];
            out.append(String.format("[bench]   %-10s %6d samples:", p.getKey(), total));
            int i = 0;
            for (String layer : LAYERS.keySet()) {
                if (total > 0 && c[i] * 100 / total >= 2) {
                    out.append(String.format(" %s %d %%;", layer, c[i] * 100 / total));
                }
                i++;
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }
}
