<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="collision" tilewidth="16" tileheight="16" tilecount="1" columns="4">
 <image source="../../assets/tiles/collision.png" width="64" height="16"/>
 <tile id="0">
  <properties>
   <property name="name" value="block"/>
   <property name="solid" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
