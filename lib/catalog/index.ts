// Public face of the catalog context: what channels sync (SKUs with prices) and the network they
// show in a store locator.
export { listProducts, listProductsSchema, encodeProductCursor, PRODUCTS_DEFAULT_LIMIT, PRODUCTS_MAX_LIMIT } from "./queries/list-products";
export type { ListProductsInput, ProductItem, ProductPage } from "./queries/list-products";
export { listNetworkNodes, listNetworkNodesSchema } from "./queries/list-network-nodes";
export type { ListNetworkNodesInput, NetworkNode } from "./queries/list-network-nodes";
export { searchProducts, searchProductsSchema, SEARCH_PRODUCTS_MAX } from "./queries/search-products";
export type { SearchProductsInput, ProductMatch } from "./queries/search-products";
