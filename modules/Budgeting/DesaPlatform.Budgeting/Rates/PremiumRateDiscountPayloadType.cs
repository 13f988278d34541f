using DesaPlatform.Budgeting.Domain;
using DesaPlatform.Budgeting.GraphQL;
using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Rates;

internal sealed class PremiumRateDiscountPayloadType()
    : PayloadType<PremiumRateDiscountType, PremiumRateDiscount>("PremiumRateDiscountPayload", "premiumRateDiscount");
