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
 * Where a bid's CPU goes in the server, from the benchmark's JFR recording ({@code -Dexchange.bench.jfr}): the
 * execution samples taken while a thread handled a REST bid ({@code AuctionResource.bid} on its stack) or a socket bid
 * ({@code SocketBids.bid}), and those of the lot writers, each counted once for the layer of its leaf-most frame that
 * belongs to one (the JDK code a layer calls counts for that layer); "other" when no frame does.
 */
final class BidProfile {

    /** Layer name → a part of the class or method names that marks it on a stack. */
    static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("JSON-B/JSON-P", "org.eclipse.yasson|org.eclipse.parsson");
        LAYERS.put("authentication", "ExchangeAuthenticationMechanism|TokenService|AccountCache|org.glassfish.soteria"
                + "|com.sun.enterprise.security|org.glassfish.security|javax.crypto|sun.security");
        LAYERS.put("rate limiter", "RateLimiter|com.hazelcast");
        LAYERS.put("metrics", "ExchangeMetrics|fish.payara.microprofile.metrics|io.smallrye.metrics");
        LAYERS.put("bid checks", "cn.exchange.ejb.auction.Bidding|cn.exchange.core.shared.Amounts|SocketBids");
        LAYERS.put("hand-off to the writer", "AuctionDesk");
        LAYERS.put("engine", "cn.exchange.core.auction");
        LAYERS.put("JDBC", "org.postgresql|com.sun.gjc|com.sun.enterprise.resource");
        LAYERS.put("push to watchers", "HallHub|Outbound|PushPacer|StateJson|org.glassfish.tyrus");
        LAYERS.put("EJB container", "com.sun.ejb|org.glassfish.ejb");
        LAYERS.put("CDI (Weld)", "org.jboss.weld");
        LAYERS.put("Jersey", "org.glassfish.jersey|org.glassfish.hk2|org.jvnet.hk2");
        LAYERS.put("exchange web layer", "cn.exchange.web");
        LAYERS.put("HTTP (Grizzly, Catalina)", "org.glassfish.grizzly|org.apache.catalina|org.apache.coyote|com.sun.enterprise.web");
        LAYERS.put("logging", "java.util.logging");
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
                int layer = layerOf(frames);
                if (layer >= 0) {
                    c[layer]++;
                }
            }
        }
        StringBuilder out = new StringBuilder("bid profile (JFR execution samples of each path, by the layer of the leaf-most"
                + " frame that has one)\n");
        for (Map.Entry<String, int[]> p : counts.entrySet()) {
            int[] c = p.getValue();
            int total = c[LAYERS.size()];
            out.append(String.format("[bench]   %-10s %6d samples:", p.getKey(), total));
            int i = 0;
            int other = total;
            for (String layer : LAYERS.keySet()) {
                other -= c[i];
                if (total > 0 && c[i] * 100 / total >= 2) {
                    out.append(String.format(" %s %d %%;", layer, c[i] * 100 / total));
                }
                i++;
            }
            out.append(String.format(" other %d %%%n", total == 0 ? 0 : other * 100 / total));
        }
        return out.toString().stripTrailing();
    }

    /** The layer of the leaf-most frame that belongs to one, or -1. */
    static int layerOf(List<String> frames) {
        for (String frame : frames) {
            int i = 0;
            for (String marks : LAYERS.values()) {
                for (String mark : marks.split("\\|")) {
                    if (frame.contains(mark)) {
                        return i;
                    }
                }
                i++;
            }
        }
        return -1;
    }
}
