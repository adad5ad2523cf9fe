// hardhat.config.cjs loads these plugins at runtime; importing them here gives
// TypeScript their type extensions (hre.ethers, hre.config.typechain), which a
// CommonJS config file cannot contribute.
import '@nomicfoundation/hardhat-ethers';
import '@typechain/hardhat';
