/**
 * A small CSL style of our own for Chicago-style bibliography entries (Chicago Manual of Style,
 * notes-bibliography, entry for a report or dataset online): Author. *Title*. Genre Number.
 * Version. Place: Publisher, Date. Accessed Date. URL. Citation.js ships APA but no Chicago
 * style, and this site cites only two kinds of item, so a focused template is clearer than
 * vendoring the full community style.
 */
export const CHICAGO_TEMPLATE_NAME = 'cds-chicago';

export const CHICAGO_STYLE_XML = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" default-locale="en-US">
  <info>
    <title>Chicago-style bibliography entries (Chuyển đổi số địa phương)</title>
    <id>https://chuyendoiso-diaphuong.example/cds-chicago</id>
    <updated>2026-12-04T00:00:00+00:00</updated>
  </info>
  <macro name="issued">
    <choose>
      <if variable="issued"><date variable="issued" form="text"/></if>
      <else><text term="no date" form="short"/></else>
    </choose>
  </macro>
  <citation>
    <layout><text variable="title"/></layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <names variable="author"><name/></names>
        <text variable="title" font-style="italic"/>
        <group delimiter=" "><text variable="genre"/><text variable="number"/></group>
        <text variable="version" prefix="Version "/>
        <group delimiter=", ">
          <group delimiter=": "><text variable="publisher-place"/><text variable="publisher"/></group>
          <text macro="issued"/>
        </group>
        <group delimiter=" "><text term="accessed" text-case="capitalize-first"/><date variable="accessed" form="text"/></group>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>`;
