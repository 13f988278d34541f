using DesaPlatform.Regions.Domain;
using DesaPlatform.SharedKernel.GraphQL.Paging;

namespace DesaPlatform.Regions.GraphQL;

internal sealed class RegionsConnectionType() : ConnectionType<Region>("Regions", "Region");
