// What browser code may load from the catalog context: the shapes of products and network nodes
// as the product search and the channels read them. The queries stay on the server.
export type { ListProductsInput, ProductItem, ProductPage } from "./queries/list-products";
export type { ListNetworkNodesInput, NetworkNode } from "./queries/list-network-nodes";
export type { SearchProductsInput, ProductMatch } from "./queries/search-products";
