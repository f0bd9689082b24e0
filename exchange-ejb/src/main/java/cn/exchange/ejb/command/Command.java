package cn.exchange.ejb.command;

/**
 * One guarded state change of the exchange (approve a party, publish an announcement, award a lot…), run by
 * {@link CommandExecutor}, which checks the permission, owns the transaction and writes the audit record(s) the
 * command reports through {@link CommandContext#record}.
 */
@FunctionalInterface
public interface Command<R> {

    R execute(CommandContext ctx);
}
