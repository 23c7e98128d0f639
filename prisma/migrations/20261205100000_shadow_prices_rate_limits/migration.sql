-- CreateTable
CREATE TABLE "ShadowPriceSet" (
    "id" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "demandFrom" TIMESTAMP(3) NOT NULL,
    "demandTo" TIMESTAMP(3) NOT NULL,
    "horizonDays" INTEGER NOT NULL,
    "prices" JSONB NOT NULL,
    "stats" JSONB NOT NULL,

    CONSTRAINT "ShadowPriceSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ShadowPriceSet_computedAt_idx" ON "ShadowPriceSet"("computedAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_updatedAt_idx" ON "RateLimitBucket"("updatedAt");

