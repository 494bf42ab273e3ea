package io.credsync.support.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Runs a blocking consumer's work on one record so that no record can stop the consumer: an outage is retried with
 * backoff until it passes, anything else is poison ({@link FailureVerdict}) and parked on the topic's dead-letter
 * topic, and the consumer goes on. The work must be idempotent, since an outage part-way repeats it.
 */
@ApplicationScoped
public class RecordGuard {

    /** The work on one record. */
    public interface Work {
        void run(ConsumerRecord<String, byte[]> record) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(RecordGuard.class);
    private static final long MAX_BACKOFF_MS = 5000;

    private final DeadLetters deadLetters;

    public RecordGuard(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public void process(ConsumerRecord<String, byte[]> record, String deadLetterTopic, Work work)
            throws InterruptedException {
        process(record, deadLetterTopic, null, work);
    }

    /** @param group who refuses poison (the dead letter's group header); null: the application */
    public void process(ConsumerRecord<String, byte[]> record, String deadLetterTopic, String group, Work work)
            throws InterruptedException {
        long backoffMs = 100;
        while (true) {
            FailureVerdict verdict;
            try {
                work.run(record);
                return;
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception | LinkageError | StackOverflowError e) {
                verdict = FailureVerdict.of(e);
            }
            if (!verdict.retry()) {
                if (group == null) {
                    deadLetters.park(deadLetterTopic, record, verdict);
                } else {
                    deadLetters.parkAll(deadLetterTopic, List.of(new DeadLetters.Letter(record, verdict)), group);
                }
                return;
            }
            LOG.warnf("%s-%d@%d not processed yet, retrying in %d ms: %s", record.topic(), record.partition(),
                    record.offset(), backoffMs, verdict.reason());
            Thread.sleep(backoffMs);
            backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
        }
    }
}
