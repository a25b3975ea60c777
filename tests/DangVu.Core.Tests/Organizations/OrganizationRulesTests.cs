using DangVu.Core.Organizations;

namespace DangVu.Core.Tests.Organizations;

public sealed class OrganizationRulesTests
{
    [Theory]
    [InlineData(OrganizationKind.Cell, true)]
    [InlineData(OrganizationKind.GrassrootsCell, true)]
    [InlineData(OrganizationKind.GrassrootsCommittee, false)]
    [InlineData(OrganizationKind.BlocCommittee, false)]
    [InlineData(OrganizationKind.ProvincialCommittee, false)]
    public void MayHoldMembers_Kind_OnlyCellsHoldMembers(OrganizationKind kind, bool holds) =>
        Assert.Equal(holds, OrganizationRules.MayHoldMembers(kind));

    [Theory]
    [InlineData(OrganizationKind.GrassrootsCommittee, OrganizationKind.Cell, null)]
    [InlineData(OrganizationKind.GrassrootsCell, OrganizationKind.Cell, "Chi bộ cơ sở không thể có chi bộ trực thuộc trực thuộc.")]
    [InlineData(null, OrganizationKind.Cell, "Chi bộ trực thuộc phải thuộc một tổ chức cấp trên.")]
    public void RefusePlacement_ParentAndChildKinds_AnswersInVietnamese(OrganizationKind? parent, OrganizationKind child, string? refusal) =>
        Assert.Equal(refusal, OrganizationRules.RefusePlacement(parent, child));
}
