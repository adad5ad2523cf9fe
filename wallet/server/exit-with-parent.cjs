// Preloaded into the `hardhat node` child of hardhat-node.ts (`node --require`): the child exits when
// its parent does, however the parent ends. The parent's `exit` handler kills the node only when the
// parent exits normally; a parent ended by a signal (a test worker gets SIGTERM) runs no handler,
// and the node would go on listening on its port. The IPC channel to the parent closes with the
// parent in every case, so the node leaves on 'disconnect'. Unreferenced: the channel alone does not
// keep the node alive.
process.on('disconnect', () => process.exit(0));
process.channel?.unref();
