package cn.exchange.ejb.auction;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

/**
 * The hall's push across servers: when a server commits a change of a lot's session it publishes the lot's id on a
 * topic of Payara's Hazelcast data grid; every other server of the cluster then reads the committed state and pushes it
 * to its own watchers of that lot. The message carries only the id — the database stays the one record. Without the
 * data grid (a server without Hazelcast) the hall works as before, for the watchers of the writing server.
 */
final class HallTopic {

    private static final Logger LOG = Logger.getLogger(HallTopic.class.getName());
    static final String TOPIC = "exchange.hall";

    private final ITopic<Long> topic;
    private final HazelcastInstance hz;
    private final UUID self;

    private HallTopic(HazelcastInstance hz) {
        this.hz = hz;
        this.topic = hz.getTopic(TOPIC);
        this.self = hz.getCluster().getLocalMember().getUuid();
    }

    /** Payara's data grid (JNDI {@code payara/Hazelcast}), or null where there is none. */
    static HallTopic connect(LongConsumer remoteChange) {
        try {
            HazelcastInstance hz = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            if (hz == null) {
                return null;
            }
            HallTopic t = new HallTopic(hz);
            t.topic.addMessageListener(m -> {
                if (!t.self.equals(m.getPublishingMember().getUuid())) {
                    remoteChange.accept(m.getMessageObject());
                }
            });
            return t;
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.info(() -> "no data grid for the hall's push across servers (" + e + "): watchers get the changes of their own server");
            return null;
        }
    }

    /** Whether other servers may have watchers (then every committed change is announced). */
    boolean clustered() {
        try {
            return hz.getCluster().getMembers().size() > 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    void publish(long lotId) {
        try {
            topic.publish(lotId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "lot " + lotId + " not announced to the other servers: " + e);
        }
    }
}
